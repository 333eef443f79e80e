#!/usr/bin/env bash
# Bulk writes against plain SQLite, in one run on one machine (issue 18, part 2).
#   Benchmarks/bulk-writes.sh [RUNS [FILE]]
# Each run, one after the other:
# - `utdelning import osm FILE` into a fresh database, its store phase timed by
#   Benchmarks/store-phase.c (LD_PRELOAD): from the moment it opens the database (the extract is
#   read by then) to its exit: opening and migrating, deriving counts and associations, writing
#   every row, committing, closing;
# - Benchmarks/sqlite-load.c copying the same rows from that database into a fresh one with the
#   same schema through the SQLite C API, its fastest way: one prepared INSERT per table, one
#   transaction, secondary indexes built after the rows, the same pragmas, closing.
# Prints the medians (wall and CPU seconds, all threads), the median of the runs' ratios, rows per
# second. CPU time is the steadier figure on a loaded machine.
# SCRATCH: the build folder (default .build); BIN: a utdelning binary to time instead of building one;
# ROWS: rows per INSERT of the plain copy (default 1, row by row; 16 as the store's first loads).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
file="${2:-Maps/neubrandenburg.osm.pbf}"
scratch="${SCRATCH:-.build}"
bin="${BIN:-}"
if [ -z "$bin" ]; then
  swift build -c release --scratch-path "$scratch" --product utdelning >/dev/null
  bin="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/utdelning"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
gcc -O2 Benchmarks/sqlite-load.c -o "$work/sqlite-load" -lsqlite3
gcc -O2 -shared -fPIC Benchmarks/store-phase.c -o "$work/store-phase.so" -ldl

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
for _ in $(seq "$runs"); do
  rm -f "$work/ours.sqlite"* "$work/plain.sqlite"*
  STORE_PHASE_FILE="$work/ours.sqlite" STORE_PHASE_OUT="$work/phase" LD_PRELOAD="$work/store-phase.so" \
    "$bin" import osm "$file" --db "$work/ours.sqlite" >/dev/null
  read -r ours_wall ours_cpu < "$work/phase"
  read -r plain_wall plain_cpu rows < <("$work/sqlite-load" "$work/ours.sqlite" "$work/plain.sqlite" "${ROWS:-1}")
  echo "$ours_wall $ours_cpu $plain_wall $plain_cpu $rows"
done > "$work/runs"
column() { awk -v c="$1" '{ print $c }' "$work/runs" | median; }
ratio() { awk -v a="$1" -v b="$2" '{ print $a / $b }' "$work/runs" | median; }
rows=$(awk 'NR == 1 { print $5 }' "$work/runs")
printf "%-24s %7s %9s %9s %6s %9s %9s %6s %13s %13s\n" file rows "utd wall" "sql wall" ratio "utd cpu" "sql cpu" ratio "utd rows/cpu s" "sql rows/cpu s"
printf "%-24s %7d %9.3f %9.3f %6.2f %9.3f %9.3f %6.2f %13.0f %13.0f\n" "$(basename "$file")" "$rows" \
  "$(column 1)" "$(column 3)" "$(ratio 1 3)" "$(column 2)" "$(column 4)" "$(ratio 2 4)" \
  "$(echo "$rows / $(column 2)" | bc -l)" "$(echo "$rows / $(column 4)" | bc -l)"
