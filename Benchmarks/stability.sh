#!/usr/bin/env bash
# Plans the demo district, adds 1 % new addresses (a register of new houses, each
# 40 m south of a planned one, on its street, where no mapped point is within 30 m),
# plans again and counts how many
# planned points kept their area. Usage: Benchmarks/stability.sh [share, default 0.01]
set -euo pipefail
cd "$(dirname "$0")/.."
share="${1:-0.01}"
swift build -c release --product utdelning 2>&1 | grep -E "error|Build of" || true
bin="$(swift build -c release --show-bin-path)/utdelning"
work=$(mktemp -d)
args=(--db "$work/d.sqlite" --config Maps/neubrandenburg.yaml)
"$bin" import osm Maps/neubrandenburg.osm.pbf "${args[@]}" >/dev/null
"$bin" import boundaries Maps/neubrandenburg-associations.geojson --name-property forening "${args[@]}" >/dev/null
"$bin" plan "${args[@]}" | tail -1
sqlite3 -separator $'\t' "$work/d.sqlite" "SELECT pointKey, areaId FROM areaStop ORDER BY pointKey" > "$work/before.txt"
python3 - "$work" "$share" <<'PY'
import sqlite3, sys, random
work, share = sys.argv[1], float(sys.argv[2])
db = sqlite3.connect(f"{work}/d.sqlite")
rows = db.execute("SELECT p.street, p.latitude, p.longitude FROM deliveryPoint p JOIN areaStop s ON s.pointKey = p.key ORDER BY p.key").fetchall()
every = db.execute("SELECT latitude, longitude FROM deliveryPoint").fetchall()
cells = {}
for lat, lon in every:
    cells.setdefault((round(lat * 500), round(lon * 250)), []).append((lat, lon))
def clear(lat, lon):
    # No mapped point within 30 m, so the register adds a point instead of matching one.
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            for a, b in cells.get((round(lat * 500) + dy, round(lon * 250) + dx), []):
                if ((a - lat) * 111_000) ** 2 + ((b - lon) * 64_000) ** 2 < 30 ** 2:
                    return False
    return True
random.seed(1)
random.shuffle(rows)
want = max(1, round(len(rows) * share))
picked = [r for r in rows if clear(r[1] - 0.00036, r[2])][:want]
with open(f"{work}/new.csv", "w") as f:
    f.write("gata;nummer;lat;lon;hushåll\n")
    for i, (street, lat, lon) in enumerate(picked):
        f.write(f"{street};{900 + i}N;{lat - 0.00036:.7f};{lon:.7f};1\n")
PY
"$bin" import households "$work/new.csv" "${args[@]}" | grep -i "new" || true
/usr/bin/time -f "replan: %e s, peak %M KB" "$bin" plan "${args[@]}" | tail -2
sqlite3 -separator $'\t' "$work/d.sqlite" "SELECT pointKey, areaId FROM areaStop ORDER BY pointKey" > "$work/after.txt"
python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
before = dict(l.strip().split("\t") for l in open(f"{work}/before.txt"))
after = dict(l.strip().split("\t") for l in open(f"{work}/after.txt"))
kept = sum(1 for k, a in before.items() if after.get(k) == a)
print(f"points planned before: {len(before)}, after: {len(after)}; kept their area: {kept} ({100 * kept / len(before):.1f} %)")
PY
rm -rf "$work"
