#!/usr/bin/env bash
# Two builds of utdelning on the same input, their results compared byte for byte: the demo
# (Maps/, as scripts/demo imports and plans it) and the generated Värmland (districtgen
# --scale 1.2 --seed 1, one file made once in WORK and read by both). Issue 18, part 1:
# libreadosm (5335c4c) against libosmium (ab38d31), the planner otherwise the same.
#   Benchmarks/reader-diff.sh OLD_BIN NEW_BIN WORK
# Compared: `households summary`, `areas --format json`, and the tables the reader fills
# and the plan writes (deliveryPoint, building, mapWay, area, areaStop; every column, reals
# exact). PLAN=0 compares the imports alone (no plan, no areas), for builds whose planners
# differ. DISTRICTGEN=... names the generator (default: this checkout's release build).
# Prints "identical" or what differs, with the differing rows kept in WORK; exits 1 on a
# difference. CPU seconds (user+sys) of each step go to WORK/times.txt.
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: $0 OLD_BIN NEW_BIN WORK" >&2; exit 2; }
root="$(cd "$(dirname "$0")/.." && pwd)"
old="$(realpath "$1")"; new="$(realpath "$2")"
mkdir -p "$3"; work="$(realpath "$3")"
plan="${PLAN:-1}"
boundaries="$root/../shared/data/boundaries/varmland-kommuner.geojson"

pbf="$work/varmland.osm.pbf"
if [ ! -s "$pbf" ]; then
  gen="${DISTRICTGEN:-}"
  if [ -z "$gen" ]; then
    (cd "$root" && swift build -c release --product districtgen >/dev/null)
    gen="$(cd "$root" && swift build -c release --show-bin-path)/districtgen"
  fi
  "$gen" "$boundaries" kommun "$root/../shared/data/places/tatorter.osm" "$work/varmland.osm" --scale 1.2 --seed 1 >/dev/null
  osmium cat -O "$work/varmland.osm" -o "$pbf"
fi

: > "$work/times.txt"
# step SIDE LABEL BIN ARGS...: runs in WORK (no utdelning.yaml there), CPU time to times.txt
step() {
  local side=$1 label=$2; shift 2
  (cd "$work" && /usr/bin/time -o "$work/time.tmp" -f "%U %S" "$@" >>"$work/$side/log.txt" 2>&1)
  awk -v s="$side" -v l="$label" '{printf "%s %s %.2f s CPU\n", s, l, $1 + $2}' "$work/time.tmp" >>"$work/times.txt"
}
tables=(deliveryPoint building mapWay)
[ "$plan" = 0 ] || tables+=(area areaStop)
dump() { # DB OUT: each table, every column as an SQL literal (reals exact), in key order
  local t order
  for t in "${tables[@]}"; do
    case $t in mapWay) order=osmId ;; area) order=id ;; areaStop) order="areaId, position" ;; *) order=key ;; esac
    sqlite3 "$1" ".mode quote" "SELECT '$t', * FROM $t ORDER BY $order"
  done >"$2"
}

for side in old new; do
  bin=$old; [ $side = new ] && bin=$new
  rm -rf "${work:?}/$side"; mkdir -p "$work/$side"
  for district in demo varmland; do
    db=(--db "$work/$side/$district.sqlite")
    if [ $district = demo ]; then
      db+=(--config "$root/Maps/neubrandenburg.yaml")
      step $side "$district import osm" "$bin" import osm "$root/Maps/neubrandenburg.osm.pbf" "${db[@]}"
      step $side "$district import boundaries" "$bin" import boundaries "$root/Maps/neubrandenburg-associations.geojson" --name-property forening "${db[@]}"
    else
      step $side "$district import osm" "$bin" import osm "$pbf" "${db[@]}"
      step $side "$district import boundaries" "$bin" import boundaries "$boundaries" --name-property kommun "${db[@]}"
    fi
    (cd "$work" && "$bin" households summary "${db[@]}") >"$work/$side/$district.summary.txt"
    if [ "$plan" != 0 ]; then
      step $side "$district plan" "$bin" plan "${db[@]}"
      (cd "$work" && "$bin" areas --format json "${db[@]}") >"$work/$side/$district.areas.json"
    fi
    dump "$work/$side/$district.sqlite" "$work/$side/$district.tables.sql"
  done
done
rm -f "$work/time.tmp"

status=0
for district in demo varmland; do
  points=$(sqlite3 "$work/new/$district.sqlite" "SELECT count(*) || ' points, ' || sum(households) || ' households' FROM deliveryPoint")
  line="$district: $points"
  [ "$plan" = 0 ] || line+=", $(sqlite3 "$work/new/$district.sqlite" "SELECT count(*) FROM area") areas"
  echo "$line"
  for f in summary.txt areas.json tables.sql; do
    [ -e "$work/old/$district.$f" ] || continue
    a="$work/old/$district.$f"; b="$work/new/$district.$f"
    if cmp -s "$a" "$b"; then
      echo "  $f: identical ($(wc -c <"$b") bytes)"
    else
      status=1
      diff "$a" "$b" >"$work/$district.$f.diff" || true
      echo "  $f: DIFFERS ($(wc -c <"$a") / $(wc -c <"$b") bytes, $(grep -c '^<' "$work/$district.$f.diff") lines old, $(grep -c '^>' "$work/$district.$f.diff") new: $work/$district.$f.diff)"
      if [ $f = tables.sql ]; then
        # rows by table, old lines then new
        grep '^[<>]' "$work/$district.$f.diff" | cut -d, -f1 | sort | uniq -c | sed 's/^/    /'
      fi
    fi
  done
done
[ $status = 0 ] && echo "identical"
exit $status
