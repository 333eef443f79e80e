#!/usr/bin/env bash
# Route sheets, one binary against another on the same planned database (issue 18, part 3):
# runs alternate, each on a fresh copy of the database (sheets mark areas printed), and print
# CPU (user+sys), wall, peak memory, the load average and ms of CPU per area; then the text
# (pdftotext) and page count of every PDF of the last two runs are compared.
#   Benchmarks/sheets.sh OLD_BINARY NEW_BINARY PLANNED.sqlite [RUNS=3]
# A planned database: KEEP=DIR Benchmarks/varmland.sh leaves DIR/v.sqlite (sheets already
# printed there make no difference to the drawing).
set -euo pipefail
old=$1; new=$2; db=$3; runs=${4:-3}
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
run() {
  local bin=$1 out=$2
  cp "$db" "$work/db.sqlite"; rm -f "$work"/db.sqlite-wal "$work"/db.sqlite-shm; rm -rf "$out"
  /usr/bin/time -o "$work/time" -f "%U %S %e %M" "$bin" sheets --out "$out" --db "$work/db.sqlite" > "$work/report"
  read -r user sys wall peak < "$work/time"
  awk -v u="$user" -v s="$sys" -v w="$wall" -v m="$peak" -v load="$(cut -d' ' -f1 /proc/loadavg)" -v name="$(basename "$bin")" '
    {gsub("\302\240", ""); a += $(NF-3); p += $(NF-1)}
    END {printf "%-16s CPU %6.1f s  %5.1f ms/area  wall %6.1f s  peak %4d MB  load %s  (%d PDFs, %d areas, %d pages)\n",
         name, u + s, 1000 * (u + s) / a, w, m / 1024, load, NR, a, p}' "$work/report"
}
for ((i = 1; i <= runs; i++)); do
  run "$old" "$work/old"
  run "$new" "$work/new"
done
status=0
for f in "$work"/old/*.pdf; do
  b=$(basename "$f")
  cmp -s <(pdftotext "$f" -) <(pdftotext "$work/new/$b" -) || { echo "text differs: $b"; status=1; }
  [ "$(pdfinfo "$f" | grep '^Pages')" = "$(pdfinfo "$work/new/$b" | grep '^Pages')" ] || { echo "pages differ: $b"; status=1; }
done
echo "text and pages of $(ls "$work"/old/*.pdf | wc -l) PDFs: $([ $status = 0 ] && echo same || echo DIFFERENT)"
exit $status
