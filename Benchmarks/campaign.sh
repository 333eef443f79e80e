#!/usr/bin/env bash
# Five weeks of a campaign on the synthetic Värmland (about 141,000 households): imports,
# register fixes, re-plans, fresh plans, a mop-up, volunteers coming and going, returned
# sheets. Fails at the first step after which a handed-out area changed or a report was lost.
#   Benchmarks/campaign.sh            (SMALL=1: one municipality, Storfors, for a quick run)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product utdelning >/dev/null
swift build -c release --product districtgen >/dev/null
bin="$(swift build -c release --show-bin-path)"
if [ -n "${KEEP:-}" ]; then work="$KEEP"; mkdir -p "$work"; else work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT; fi
boundaries=../shared/data/boundaries/varmland-kommuner.geojson
if [ -n "${SMALL:-}" ]; then
  python3 -c "
import json, sys
d = json.load(open('$boundaries'))
d['features'] = [f for f in d['features'] if f['properties']['kommun'] in ('Storfors', 'Munkfors')]
json.dump(d, open('$work/kommuner.geojson', 'w'))"
  boundaries="$work/kommuner.geojson"
fi
"$bin/districtgen" "$boundaries" kommun ../shared/data/places/tatorter.osm "$work/district.osm" --scale 1.2 --seed 1 >/dev/null
osmium cat -O "$work/district.osm" -o "$work/district.osm.pbf"
rm -f "$work"/c.sqlite "$work"/c.sqlite-wal "$work"/c.sqlite-shm
/usr/bin/time -f "campaign: %e s, peak %M KB" python3 Benchmarks/campaign.py "$bin/utdelning" "$work/c.sqlite" "$work/district.osm.pbf" "$boundaries" kommun "$work"
