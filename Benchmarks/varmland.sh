#!/usr/bin/env bash
# The full synthetic Värmland (about 141,000 households): import, plan, sheets and the district
# map, wall time and peak memory. KEEP=DIR keeps the database and the sheets there.
#   Benchmarks/varmland.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product utdelning >/dev/null
swift build -c release --product districtgen >/dev/null
bin="$(swift build -c release --show-bin-path)"
if [ -n "${KEEP:-}" ]; then work="$KEEP"; mkdir -p "$work"; else work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT; fi
"$bin/districtgen" ../shared/data/boundaries/varmland-kommuner.geojson kommun ../shared/data/places/tatorter.osm \
  "$work/varmland.osm" --scale 1.2 --seed 1
osmium cat -O "$work/varmland.osm" -o "$work/varmland.osm.pbf"
# A database left by an earlier run (or its WAL) would be planned on, not imported afresh.
rm -f "$work"/v.sqlite "$work"/v.sqlite-wal "$work"/v.sqlite-shm
db=(--db "$work/v.sqlite")
step() { /usr/bin/time -f "  %e s, peak %M KB" "$@"; }
echo "import osm:";        step "$bin/utdelning" import osm "$work/varmland.osm.pbf" "${db[@]}" | tail -1
echo "import boundaries:"; step "$bin/utdelning" import boundaries ../shared/data/boundaries/varmland-kommuner.geojson --name-property kommun "${db[@]}" | tail -1
echo "plan:";              step "$bin/utdelning" plan "${db[@]}" | tail -1
echo "sheets:";            step "$bin/utdelning" sheets --out "$work/sheets" "${db[@]}" | awk '{gsub("\302\240", ""); a+=$(NF-3); p+=$(NF-1)} END {print "  " NR " PDFs, " a " areas, " p " pages"}'
echo "map:";               step "$bin/utdelning" map --out "$work/varmland.png" "${db[@]}" | tail -1
