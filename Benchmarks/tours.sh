#!/usr/bin/env bash
# Tour quality against LKH and OR-Tools on the same street matrices (50 to 600 stops).
set -euo pipefail
cd "$(dirname "$0")"
python3 -c "import elkai, ortools" 2>/dev/null || pip install -q elkai ortools
swift build -c release --product tour-matrices >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
.build/release/tour-matrices ../Maps/neubrandenburg.osm.pbf "$work" 50 100 200 400 600
python3 tours.py "$work"
