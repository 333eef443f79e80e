#!/usr/bin/env bash
# Reading alone against osmium: no-op callbacks on libosmium through Sources/COSMium,
# and on libreadosm when libreadosm-dev is still installed (the reader before issue 18).
#   Benchmarks/read-alone.sh [RUNS [FILE...]]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-9}"
files=("${@:2}")
[ ${#files[@]} -gt 0 ] || files=(Maps/neubrandenburg.osm.pbf ../shared/data/osm/malmo.osm)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cat > "$work/cosmium.c" <<'C'
#include "cosmium.h"
#include <string.h>
static int none(void *c, const void *o) { (void)c; (void)o; return 0; }
int main(int argc, char **argv) {
    cosmium_handler h = {0, (void *)none, (void *)none, (void *)none, 0, 0};
    cosmium_result r;
    cosmium_read(argv[1], strstr(argv[1], ".pbf") ? COSMIUM_FORMAT_PBF : COSMIUM_FORMAT_XML, &h, &r);
    return r.status;
}
C
g++ -O2 -std=c++17 -c -ISources/COSMium/include Sources/COSMium/cosmium.cpp -o "$work/shim.o"
gcc -O2 -ISources/COSMium/include "$work/cosmium.c" "$work/shim.o" -o "$work/cosmium" -lstdc++ -lz -lexpat -lpthread
readers=(cosmium)
if [ -f /usr/include/readosm.h ]; then
  cat > "$work/readosm.c" <<'C'
#include <readosm.h>
static int n(const void *d, const readosm_node *o) { (void)d; (void)o; return READOSM_OK; }
static int w(const void *d, const readosm_way *o) { (void)d; (void)o; return READOSM_OK; }
static int r(const void *d, const readosm_relation *o) { (void)d; (void)o; return READOSM_OK; }
int main(int argc, char **argv) { const void *h; readosm_open(argv[1], &h); int s = readosm_parse(h, 0, n, w, r); readosm_close(h); return s; }
C
  gcc -O2 "$work/readosm.c" -o "$work/readosm" -lreadosm
  readers+=(readosm)
fi

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
seconds() { local t0 t1; t0=$(date +%s.%N); "$@" >/dev/null 2>&1; t1=$(date +%s.%N); echo "$t1 - $t0" | bc -l; }
for file in "${files[@]}"; do
  osmium_s=$(for _ in $(seq "$runs"); do seconds osmium fileinfo -e "$file"; done | median)
  printf "%-28s osmium %7.3f s" "$(basename "$file")" "$osmium_s"
  for reader in "${readers[@]}"; do
    s=$(for _ in $(seq "$runs"); do seconds "$work/$reader" "$file"; done | median)
    printf "   %s %7.3f s (%.1fx)" "$reader" "$s" "$(echo "$s / $osmium_s" | bc -l)"
  done
  echo
done
