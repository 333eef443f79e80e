#!/usr/bin/env bash
# A whole region (issue 18, part 3): the generated Västra Götaland (49 municipalities, about
# 780,000 households at --scale 1, Göteborg included) imported, bounded, planned and printed,
# each step's wall time, CPU time (user+sys, all threads) and peak memory, and osmium's reading
# of the same file as the yardstick. SCALE=0.25 gives a quarter; KEEP=DIR keeps the work (and a
# region.osm.pbf already there is used again).
#   Benchmarks/region.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product utdelning >/dev/null
swift build -c release --product districtgen >/dev/null
bin="$(swift build -c release --show-bin-path)"
scale="${SCALE:-1}"
if [ -n "${KEEP:-}" ]; then work="$KEEP"; mkdir -p "$work"; else work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT; fi
boundaries=../shared/data/boundaries/vastra-gotaland-kommuner.geojson
if [ ! -f "$work/region.osm.pbf" ]; then
  "$bin/districtgen" "$boundaries" kommun ../shared/data/places/tatorter.osm "$work/region.osm" --scale "$scale" --seed 1
  osmium cat -O "$work/region.osm" -o "$work/region.osm.pbf"
fi
rm -f "$work"/r.sqlite "$work"/r.sqlite-wal "$work"/r.sqlite-shm
db=(--db "$work/r.sqlite")
step() { /usr/bin/time -o "$work/time" -f "  %e s wall, %U+%S s CPU, peak %M KB" "$@" > "$work/out"; head -"${lines:-1}" "$work/out"; cat "$work/time"; }
echo "osmium fileinfo -e:"; lines=0 step osmium fileinfo -e "$work/region.osm.pbf"
echo "import osm:";        step "$bin/utdelning" import osm "$work/region.osm.pbf" "${db[@]}"
echo "import boundaries:"; step "$bin/utdelning" import boundaries "$boundaries" --name-property kommun "${db[@]}"
echo "plan:";              lines=3 step "$bin/utdelning" plan "${db[@]}"
echo "sheets:";            lines=0 step "$bin/utdelning" sheets --out "$work/sheets" "${db[@]}"
awk '{gsub("\302\240", ""); a+=$(NF-3); p+=$(NF-1)} END {print "  " NR " PDFs, " a " areas, " p " pages"}' "$work/out"
"$bin/utdelning" areas --format json "${db[@]}" > "$work/areas.json"
python3 - "$work/areas.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))["summary"]
print("  summary:", {k: s[k] for k in sorted(s) if not isinstance(s[k], (list, dict))})
PY
