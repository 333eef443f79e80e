#!/usr/bin/env bash
# Phones at once: 300 volunteers each tick a 100-stop area of the synthetic Värmland through
# `utdelning serve` on loopback, 30,000 ticks in all, while `coverage` and `sheets` run from
# the command line on the same database. Locust (PyPI) runs the volunteers: each sends its
# area's ticks one after another, each once, as a phone's queue does; bounded to 300 s.
# Prints ticks/s and latency, then checks that every acknowledged tick is a record (0 lost)
# and that nothing was refused.
#   Benchmarks/phones.sh          RATE=1000 ticks/s offered (RATE=0: as fast as answers come);
#                                 VOLUNTEERS=300 STOPS=100 to change the load
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -c "import locust" 2>/dev/null || python3 -m pip install -q locust
volunteers="${VOLUNTEERS:-300}"; stops="${STOPS:-100}"; rate="${RATE:-1000}"
swift build -c release --product utdelning >/dev/null
swift build -c release --product districtgen >/dev/null
bin="$(swift build -c release --show-bin-path)"
if [ -n "${KEEP:-}" ]; then work="$KEEP"; mkdir -p "$work"; else work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT; fi
boundaries=../shared/data/boundaries/varmland-kommuner.geojson
planned="$work/planned.sqlite"
if [ ! -f "$planned" ]; then
  "$bin/districtgen" "$boundaries" kommun ../shared/data/places/tatorter.osm "$work/varmland.osm" --scale 1.2 --seed 1 >/dev/null
  "$bin/utdelning" import osm "$work/varmland.osm" --db "$planned" >/dev/null
  "$bin/utdelning" import boundaries "$boundaries" --name-property kommun --db "$planned" >/dev/null
  # Long walks, so that 300 areas have 100 stops or more.
  "$bin/utdelning" plan --target-minutes 240 --db "$planned" >/dev/null
fi
# Every run starts from the planned district, with no report yet.
db="$work/phones.sqlite"
rm -f "$db" "$db-wal" "$db-shm"
python3 -c "import sqlite3, sys; sqlite3.connect(sys.argv[1]).backup(sqlite3.connect(sys.argv[2]))" "$planned" "$db"
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
PHONES_TICKS="$work/ticks.txt" PHONES_RESULT="$work/result.json" PHONES_RATE="$rate" timeout 360 \
  locust -f Benchmarks/phones_locust.py --headless --users "$volunteers" --spawn-rate "$volunteers" --run-time 300s \
  --host "$base" --only-summary --loglevel WARNING >"$work/locust.log" 2>&1 || true
kill "$cli"; wait "$cli" 2>/dev/null || true
kill -TERM "$server"; wait "$server"
python3 Benchmarks/phones.py check "$db" "$work/result.json" $((volunteers * stops))
