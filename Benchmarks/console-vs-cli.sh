#!/usr/bin/env bash
# Upload to planned areas, the console in headless Chromium against the command line (issue 16):
# the demo, then the generated Värmland (about 141,000 households). Release build; ROUNDS=3.
#   Benchmarks/console-vs-cli.sh [demo|varmland]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product utdelning >/dev/null
bin="$(swift build -c release --show-bin-path)/utdelning"
rounds="${ROUNDS:-3}"
if [ "${1:-demo}" = demo ]; then
  python3 Benchmarks/console_vs_cli.py --bin "$bin" --rounds "$rounds" --extract Maps/neubrandenburg.osm.pbf \
    --boundaries Maps/neubrandenburg-associations.geojson --name-property forening --config Maps/neubrandenburg.yaml
else
  swift build -c release --product districtgen >/dev/null
  work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
  "$(dirname "$bin")/districtgen" ../shared/data/boundaries/varmland-kommuner.geojson kommun ../shared/data/places/tatorter.osm \
    "$work/varmland.osm" --scale 1.2 --seed 1 >/dev/null
  osmium cat -O "$work/varmland.osm" -o "$work/varmland.osm.pbf"
  python3 Benchmarks/console_vs_cli.py --bin "$bin" --rounds "$rounds" --extract "$work/varmland.osm.pbf" \
    --boundaries ../shared/data/boundaries/varmland-kommuner.geojson --name-property kommun
fi
