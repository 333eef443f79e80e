#!/usr/bin/env bash
# Area balance (issue 18, part 4): per district, the areas; the share within ±15 % of the
# target time or carrying at least 80 % of the paper cap; the tiny areas (under a quarter
# of the target's time and a quarter of the cap together) and whether each is the only area
# of an isolated piece (labelled remnant); the worst misses; and the plan's wall time.
#   Benchmarks/balance.sh [DISTRICT ...]
# Districts: demo (Neubrandenburg at its defaults, 90 min / 300 papers), nb60 (the same cut
# at 60 min / 250 papers), varmland (generated, scale 1.2, seed 1), boras2 (Borås generated
# at scale 2, standing in for a big city: the generator leaves Göteborg's city out), vg
# (the generated Västra Götaland, scale 1). Default: demo nb60 varmland boras2.
# BIN=DIR binaries already built (else built into .build-release); KEEP=DIR keeps the
# imported districts (imports are reused, every run plans from the same unplanned copy).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -n "${BIN:-}" ]; then bin="$BIN"; else
  scratch=(--scratch-path .build-release)
  swift build -c release "${scratch[@]}" --product utdelning >/dev/null
  swift build -c release "${scratch[@]}" --product districtgen >/dev/null
  bin="$(swift build -c release "${scratch[@]}" --show-bin-path)"
fi
if [ -n "${KEEP:-}" ]; then work="$KEEP"; mkdir -p "$work"; else work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT; fi
data=../shared/data
[ $# -gt 0 ] || set -- demo nb60 varmland boras2

config() { # $1 dir, $2 minutes, $3 papers: the demo's configuration with these planning rules
  { cat Maps/neubrandenburg.yaml; printf '\nplanning:\n  targetMinutes: %s\n  maxPapers: %s\n' "$2" "$3"; } >"$1/config.yaml"
}
generate() { # $1 dir, $2 boundaries, $3 kommun filter (or ""), $4 scale
  local dir=$1
  if [ -n "$3" ]; then
    python3 - "$2" "$3" "$dir/b.geojson" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["features"] = [f for f in d["features"] if f["properties"]["kommun"] == sys.argv[2]]
assert d["features"], sys.argv[2]
json.dump(d, open(sys.argv[3], "w"))
PY
  else cp "$2" "$dir/b.geojson"; fi
  "$bin/districtgen" "$dir/b.geojson" kommun $data/places/tatorter.osm "$dir/d.osm" --scale "$4" --seed 1 >/dev/null
  osmium cat -O "$dir/d.osm" -o "$dir/d.osm.pbf"
}

for district in "$@"; do
  dir="$work/$district"; mkdir -p "$dir"
  args=(--db "$dir/d.sqlite")
  target=(90 300)
  case $district in
    demo) config "$dir" 90 300; args+=(--config "$dir/config.yaml") ;;
    nb60) target=(60 250); config "$dir" 60 250; args+=(--config "$dir/config.yaml") ;;
  esac
  if [ ! -f "$dir/imported.sqlite" ]; then
    rm -f "$dir"/d.sqlite*
    case $district in
      demo|nb60)
        "$bin/utdelning" import osm Maps/neubrandenburg.osm.pbf "${args[@]}" >/dev/null
        "$bin/utdelning" import boundaries Maps/neubrandenburg-associations.geojson --name-property forening "${args[@]}" >/dev/null ;;
      varmland|boras2|vg)
        case $district in
          varmland) generate "$dir" $data/boundaries/varmland-kommuner.geojson "" 1.2 ;;
          boras2) generate "$dir" $data/boundaries/vastra-gotaland-kommuner.geojson Borås 2 ;;
          vg) generate "$dir" $data/boundaries/vastra-gotaland-kommuner.geojson "" 1 ;;
        esac
        "$bin/utdelning" import osm "$dir/d.osm.pbf" "${args[@]}" >/dev/null
        "$bin/utdelning" import boundaries "$dir/b.geojson" --name-property kommun "${args[@]}" >/dev/null ;;
      *) echo "unknown district $district" >&2; exit 2 ;;
    esac
    cp "$dir/d.sqlite" "$dir/imported.sqlite"
  fi
  cp "$dir/imported.sqlite" "$dir/d.sqlite"; rm -f "$dir/d.sqlite-wal" "$dir/d.sqlite-shm"
  /usr/bin/time -f "%e %U %S %M" -o "$dir/time" "$bin/utdelning" plan "${args[@]}" >"$dir/plan.out"
  "$bin/utdelning" areas --format json "${args[@]}" >"$dir/areas.json"
  read -r wall user sys kb <"$dir/time"
  echo "== $district: plan $wall s wall, $(echo "$user + $sys" | bc) s CPU, $((kb / 1024)) MB"
  python3 Benchmarks/balance.py "${target[@]}" "$dir/areas.json"
done
