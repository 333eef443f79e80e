#!/usr/bin/env bash
# Phones at once: 300 volunteers each tick a 100-stop area of the synthetic Värmland through
# `utdelning serve` on loopback, 30,000 ticks in all, while `coverage` and `sheets` run from
# the command line on the same database. wrk (Debian) sends each tick once, as a phone's
# queue does; bounded to 300 s. Prints ticks/s and latency, then checks that every
# acknowledged tick is a record (0 lost) and that nothing was refused.
#   Benchmarks/phones.sh          VOLUNTEERS=300 STOPS=100 THREADS=2 to change the load
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"; $sudo apt-get install -y -qq wrk >/dev/null; }
volunteers="${VOLUNTEERS:-300}"; stops="${STOPS:-100}"; threads="${THREADS:-2}"
swift build -c release --product utdelning >/dev/null
swift build -c release --product districtgen >/dev/null
bin="$(swift build -c release --show-bin-path)"
if [ -n "${KEEP:-}" ]; then work="$KEEP"; mkdir -p "$work"; else work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT; fi
boundaries=../shared/data/boundaries/varmland-kommuner.geojson
db="$work/phones.sqlite"
if [ ! -f "$db" ]; then
  "$bin/districtgen" "$boundaries" kommun ../shared/data/places/tatorter.osm "$work/varmland.osm" --scale 1.2 --seed 1 >/dev/null
  "$bin/utdelning" import osm "$work/varmland.osm" --db "$db" >/dev/null
  "$bin/utdelning" import boundaries "$boundaries" --name-property kommun --db "$db" >/dev/null
  # Long walks, so that 300 areas have 100 stops or more.
  "$bin/utdelning" plan --target-minutes 240 --db "$db" >/dev/null
fi
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
python3 Benchmarks/phones.py ticks "$bin/utdelning" "$db" "$base" "$volunteers" "$stops" "$work/ticks.txt"
"$bin/utdelning" serve --port "$port" --db "$db" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 100); do curl -s "$base/" >/dev/null && break; sleep 0.1; done
# The coordinator at the terminal meanwhile: coverage and one association's sheets, over and over.
( while true; do
    "$bin/utdelning" coverage --format json --db "$db" >/dev/null
    "$bin/utdelning" sheets --association Karlstad --out "$work/sheets" --db "$db" >/dev/null
  done ) &
cli=$!
wrk -t "$threads" -c "$volunteers" -d 300s --timeout 10s -s Benchmarks/phones.lua "$base" -- "$work/ticks.txt" "$threads" \
  | tail -1 >"$work/result.json"
kill "$cli"; wait "$cli" 2>/dev/null || true
kill -TERM "$server"; wait "$server"
python3 Benchmarks/phones.py check "$db" "$work/result.json"
