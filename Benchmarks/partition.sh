#!/usr/bin/env bash
# Partition quality against pymetis and k-means-constrained on the same unit graphs.
#   Benchmarks/partition.sh [MUNICIPALITY …]   (default: Karlstad Kristinehamn Arvika Hagfors)
set -euo pipefail
cd "$(dirname "$0")"
python3 -c "import pymetis, k_means_constrained" 2>/dev/null || pip install -q pymetis k-means-constrained
swift build -c release --product plan-quality >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
names=("$@"); [ ${#names[@]} -eq 0 ] && names=(Karlstad Kristinehamn Arvika Hagfors)
.build/release/plan-quality ../../shared/data --dump "$work" "${names[@]}"
python3 partition.py "$work"
