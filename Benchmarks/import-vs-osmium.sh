#!/usr/bin/env bash
# Import throughput against osmium, in one run on one machine.
#   Benchmarks/import-vs-osmium.sh [RUNS [FILE...]]
# For each file: the median wall time of `osmium fileinfo -e` (a full read of every
# object) and of `utdelning import osm` into a fresh database, and their ratio.
# Files: the largest shared extract (Neubrandenburg) and a generated Västra Götaland
# (1.2 million nodes), made here with districtgen and converted to PBF by osmium;
# or only the FILEs given. BIN: a utdelning binary to time instead of the one built here.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
files=("${@:2}")
if [ -n "${BIN:-}" ]; then
  bin="$(dirname "$BIN")"
else
  scripts/install-deps
  swift build -c release --product utdelning >/dev/null
  bin="$(swift build -c release --show-bin-path)"
fi
utdelning="${BIN:-$bin/utdelning}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ ${#files[@]} -eq 0 ]; then
  swift build -c release --product districtgen >/dev/null
  "$bin/districtgen" ../shared/data/boundaries/vastra-gotaland-kommuner.geojson kommun \
    ../shared/data/places/tatorter.osm "$work/vastra-gotaland.osm" --seed 1 >/dev/null
  osmium cat -O "$work/vastra-gotaland.osm" -o "$work/vastra-gotaland.osm.pbf"
  files=(Maps/neubrandenburg.osm.pbf "$work/vastra-gotaland.osm.pbf")
fi

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
seconds() { local t0 t1; t0=$(date +%s.%N); "$@" >/dev/null 2>&1; t1=$(date +%s.%N); echo "$t1 - $t0" | bc -l; }

printf "%-28s %10s %10s %12s %8s %8s\n" file nodes "osmium s" "utdelning s" ratio "peak MB"
for file in "${files[@]}"; do
  nodes=$(osmium fileinfo -e -g data.count.nodes "$file")
  osmium_s=$(for _ in $(seq "$runs"); do seconds osmium fileinfo -e "$file"; done | median)
  import_s=$(for i in $(seq "$runs"); do rm -f "$work/db.sqlite"*; seconds "$utdelning" import osm "$file" --db "$work/db.sqlite"; done | median)
  rm -f "$work/db.sqlite"*
  peak_kb=$( { /usr/bin/time -f "%M" "$utdelning" import osm "$file" --db "$work/db.sqlite" >/dev/null; } 2>&1 | tail -1)
  printf "%-28s %10s %10.3f %12.3f %8.1f %8d\n" "$(basename "$file")" "$nodes" "$osmium_s" "$import_s" \
    "$(echo "$import_s / $osmium_s" | bc -l)" "$((peak_kb / 1024))"
done
