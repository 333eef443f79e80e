#!/usr/bin/env bash
# Plan time against association size (issue 18, part 3): the generated Västra Götaland's
# municipalities one at a time, each its own district with one association, so that every
# plan is one association alone. Prints points, households, areas, and plan wall/CPU time.
#   Benchmarks/plan-growth.sh [KOMMUN ...]      (default: Lerum Trollhättan Borås Göteborg)
# SCRATCH=DIR picks the build folder (default .build), BIN=DIR binaries already built; KEEP=DIR keeps the districts there;
# SCALE=F generates at that scale (default 1: Göteborg's city lies outside the coarse
# boundary, so the big association of this series is Borås at SCALE=2 and 4);
# PERF=LABEL also records `perf record -F 200 -g` of each plan into DIR/KOMMUN-xF/LABEL.perf.data.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${BIN:-}" ]; then bin="$BIN"; else
  scratch=(--scratch-path "${SCRATCH:-.build}")
  swift build -c release "${scratch[@]}" --product utdelning >/dev/null
  swift build -c release "${scratch[@]}" --product districtgen >/dev/null
  bin="$(swift build -c release "${scratch[@]}" --show-bin-path)"
fi
if [ -n "${KEEP:-}" ]; then work="$KEEP"; mkdir -p "$work"; else work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT; fi
boundaries=../shared/data/boundaries/vastra-gotaland-kommuner.geojson
[ $# -gt 0 ] || set -- Lerum Trollhättan Borås Göteborg
printf '%-16s %8s %10s %6s %9s %9s %8s %10s\n' kommun points households areas "wall s" "cpu s" "MB" "ms cpu/hh"
scale="${SCALE:-1}"
for kommun in "$@"; do
  dir="$work/$kommun-x$scale"; mkdir -p "$dir"
  if [ ! -f "$dir/d.sqlite" ]; then
    python3 - "$boundaries" "$kommun" "$dir/b.geojson" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["features"] = [f for f in d["features"] if f["properties"]["kommun"] == sys.argv[2]]
assert d["features"], sys.argv[2]
json.dump(d, open(sys.argv[3], "w"))
PY
    "$bin/districtgen" "$dir/b.geojson" kommun ../shared/data/places/tatorter.osm "$dir/d.osm" --scale "$scale" --seed 1 >/dev/null
    osmium cat -O "$dir/d.osm" -o "$dir/d.osm.pbf"
    "$bin/utdelning" import osm "$dir/d.osm.pbf" --db "$dir/d.sqlite" >/dev/null
    "$bin/utdelning" import boundaries "$dir/b.geojson" --name-property kommun --db "$dir/d.sqlite" >/dev/null
    cp "$dir/d.sqlite" "$dir/imported.sqlite"
  fi
  # Every run plans from the same imported, unplanned database.
  cp "$dir/imported.sqlite" "$dir/d.sqlite"; rm -f "$dir/d.sqlite-wal" "$dir/d.sqlite-shm"
  run=("$bin/utdelning" plan --db "$dir/d.sqlite")
  if [ -n "${PERF:-}" ]; then run=(perf record -F 200 -g -o "$dir/$PERF.perf.data" -- "${run[@]}"); fi
  /usr/bin/time -f "%e %U %S %M" -o "$dir/time" "${run[@]}" >"$dir/plan.out" 2>"$dir/plan.err"
  read -r wall user sys kb <"$dir/time"
  points=$(sqlite3 "$dir/d.sqlite" "select count(*) from deliveryPoint where households > 0 and associationId is not null" 2>/dev/null || echo "?")
  households=$(sqlite3 "$dir/d.sqlite" "select coalesce(sum(households), 0) from deliveryPoint where associationId is not null" 2>/dev/null || echo "?")
  areas=$(sqlite3 "$dir/d.sqlite" "select count(*) from area" 2>/dev/null || echo "?")
  awk -v k="$kommun ×$scale" -v p="$points" -v h="$households" -v a="$areas" -v w="$wall" -v u="$user" -v s="$sys" -v m="$kb" \
    'BEGIN { c = u + s; printf "%-16s %8s %10s %6s %9.1f %9.1f %8d %10.3f\n", k, p, h, a, w, c, m / 1024, (h > 0 ? 1000 * c / h : 0) }'
done
