#!/usr/bin/env bash
# Phones at once: 300 volunteers each tick a 100-stop area of the synthetic Värmland through
# `utdelning serve` on loopback, 30,000 ticks in all, while `coverage` and `sheets` run from
# the command line on the same database. wrk (Debian) is the 300 phones: each tick sent once,
# as a phone's queue does (Benchmarks/phones.lua); bounded to 300 s. Prints ticks/s and
# latency, then checks that every acknowledged tick is a record (0 lost), nothing refused.
#   Benchmarks/phones.sh          PAUSE=250 ms between a phone's ticks (about 1,000 ticks/s
#                                 offered); PAUSE=0: as fast as answers come. CLI=0 leaves
#                                 out the coverage and sheets loop. VOLUNTEERS=300 STOPS=100
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"; $sudo apt-get install -y -qq wrk >/dev/null; }
volunteers="${VOLUNTEERS:-300}"; stops="${STOPS:-100}"; pause="${PAUSE:-250}"
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
( while [ "${CLI:-1}" = 1 ]; do
    "$bin/utdelning" coverage --format json --db "$db" >/dev/null
    "$bin/utdelning" sheets --association Karlstad --out "$work/sheets" --db "$db" >/dev/null
  done ) &
cli=$!
wrk -t 2 -c "$volunteers" -d 300s --timeout 10s -s Benchmarks/phones.lua "$base" -- "$work/ticks.txt" 2 "$pause" >"$work/wrk.out" &
wrk=$!
# wrk runs for its whole -d unless interrupted: it is stopped (SIGINT, after which it reports)
# half a second after the server has logged every tick, or when no tick has come for 10 s.
expected=$((volunteers * stops)); seen=-1; quiet=0
while kill -0 "$wrk" 2>/dev/null; do
  sleep 0.2
  count=$(grep -c 'POST /v/{token}/areas/{area}/report' "$work/server.log" || true)
  if [ "$count" -ge "$expected" ]; then sleep 0.5; kill -INT "$wrk" 2>/dev/null || true; break; fi
  if [ "$count" = "$seen" ]; then quiet=$((quiet + 1)); else quiet=0; fi
  if [ "$quiet" -ge 50 ]; then kill -INT "$wrk" 2>/dev/null || true; break; fi
  seen=$count
done
wait "$wrk" || true
tail -1 "$work/wrk.out" >"$work/result.json"
kill "$cli" 2>/dev/null || true; wait "$cli" 2>/dev/null || true
kill -TERM "$server"; wait "$server"
python3 Benchmarks/phones.py check "$db" "$work/result.json" $((volunteers * stops))
