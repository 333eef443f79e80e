"""Partition quality on the same unit graphs: utdelning's cutter against pymetis and
k-means-constrained. Reads the JSON files `plan-quality --dump DIR` writes.

For each municipality, k is the number of walking areas utdelning cut. Every method
partitions the same walking units with the same work times (seconds) into k parts:
  - pymetis: METIS k-way on the unit graph, vertex weights = seconds (no contiguity option);
  - k-means-constrained: k clusters of unit centres with equal unit counts ±15 % (it cannot
    weigh units, which is why it is an anchor, not a candidate).
Reported: share of parts within ±15 % of the target and of the mean part (k includes
parts the paper cap and separate pieces force, so the mean need not be the target),
share of parts connected in the
unit graph, compactness (mean distance of units to their part's centre, m), and time.
"""
import json, sys, time, glob, os
import numpy as np


def connected(members, adjacency):
    members = set(members)
    if not members:
        return False
    start = next(iter(members))
    seen, stack = {start}, [start]
    while stack:
        u = stack.pop()
        for v in adjacency[u]:
            if v in members and v not in seen:
                seen.add(v)
                stack.append(v)
    return len(seen) == len(members)


def score(name, parts, units, d, seconds_taken):
    target, tol = d["target"], d["tolerance"]
    groups = {}
    for u, p in zip(units, parts):
        groups.setdefault(int(p), []).append(u)
    loads = [sum(d["seconds"][u] for u in g) for g in groups.values()]
    within = sum(1 for l in loads if abs(l - target) <= tol * target)
    mean = sum(loads) / len(loads)
    even = sum(1 for l in loads if abs(l - mean) <= tol * mean)
    conn = sum(1 for g in groups.values() if connected(g, d["adjacency"]))
    spread = []
    for g in groups.values():
        xs = np.array([d["x"][u] for u in g]); ys = np.array([d["y"][u] for u in g])
        spread.append(float(np.mean(np.hypot(xs - xs.mean(), ys - ys.mean()))))
    n = len(groups)
    return f"| {name} | {n} | {100 * within / n:.0f} % | {100 * even / n:.0f} % | {100 * conn / n:.0f} % | {np.mean(spread):.0f} | {seconds_taken:.2f} s |"


def main(folder):
    import pymetis
    from k_means_constrained import KMeansConstrained
    print("| municipality, method | parts | within ±15 % of target | within ±15 % of the mean part | connected | mean distance to centre (m) | time |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for path in sorted(glob.glob(os.path.join(folder, "*.json"))):
        d = json.load(open(path))
        name = os.path.basename(path)[:-5]
        units = d["walkUnits"]
        k = len(set(d["utdelningPart"]))
        print(score(f"{name}, utdelning", d["utdelningPart"], units, d, d["utdelningSeconds"]))
        local = {u: i for i, u in enumerate(units)}
        adjacency = [[local[v] for v in d["adjacency"][u] if v in local] for u in units]
        weights = [max(1, int(round(d["seconds"][u]))) for u in units]
        t = time.perf_counter()
        _, parts = pymetis.part_graph(k, adjacency=adjacency, vweights=weights)
        print(score(f"{name}, pymetis", parts, units, d, time.perf_counter() - t))
        xy = np.array([[d["x"][u], d["y"][u]] for u in units])
        size = len(units) / k
        t = time.perf_counter()
        model = KMeansConstrained(n_clusters=k, size_min=int(size * 0.85), size_max=int(np.ceil(size * 1.15)), random_state=1)
        parts = model.fit_predict(xy)
        print(score(f"{name}, k-means-constrained", parts, units, d, time.perf_counter() - t))


if __name__ == "__main__":
    main(sys.argv[1])
