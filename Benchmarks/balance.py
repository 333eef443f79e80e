"""The balance figures of one plan (`areas --format json`), for Benchmarks/balance.sh.
   python3 balance.py MINUTES PAPERS areas.json"""
import json
import sys
from collections import Counter

minutes, cap = float(sys.argv[1]), int(sys.argv[2])
listing = json.load(open(sys.argv[3]))
areas = listing["areas"]


def within(a):
    return abs(a["minutes"] - minutes) <= 0.15 * minutes


def fullish(a):
    return a["papers"] >= 0.8 * cap


def tiny(a):
    return a["minutes"] < minutes / 4 and a["papers"] < cap / 4


def meets(a):
    return within(a) or fullish(a)


def line(a):
    return f'{a["minutes"]:6.1f} min {a["papers"]:4d} papers  {a["mode"]:4s} {a["balance"]:8s} #{a["id"]} {a["association"]}'


for title, chosen in [("all", areas), ("walks", [a for a in areas if a["mode"] == "walk"])]:
    n = len(chosen)
    if n == 0:
        continue
    ok = sum(meets(a) for a in chosen)
    print(f'  {title:5s}: {n} areas, {ok} ({100 * ok / n:.1f} %) within ±15 % or ≥80 % of the cap '
          f'(within {sum(within(a) for a in chosen)}, only full {sum(fullish(a) and not within(a) for a in chosen)})')
labels = Counter(a["balance"] for a in areas)
print("  labels: " + ", ".join(f"{k} {v}" for k, v in sorted(labels.items())))
wrong = [a for a in areas if a["balance"] == "paperCap" and not fullish(a) and a["papers"] <= cap]
print(f"  labelled paperCap under 80 % of the cap: {len(wrong)}")
small = [a for a in areas if tiny(a)]
print(f"  tiny (< 1/4 time and < 1/4 cap): {len(small)}, of them labelled remnant (isolated piece): "
      f"{sum(a['balance'] == 'remnant' for a in small)}")
for a in sorted(small, key=lambda a: (a["minutes"], a["id"]))[:8]:
    print("    " + line(a))
misses = [a for a in areas if not meets(a)]
short = sorted([a for a in misses if a["minutes"] < minutes], key=lambda a: (a["minutes"], a["id"]))
long = sorted([a for a in misses if a["minutes"] > minutes], key=lambda a: (-a["minutes"], a["id"]))
print(f"  misses: {len(short)} short, {len(long)} long; by mode {dict(Counter(a['mode'] for a in misses))}; "
      f"by label {dict(Counter(a['balance'] for a in misses))}")
for a in short[:5] + long[:5]:
    print("    " + line(a))
if len(set(a["association"] for a in areas)) > 1:
    rows = []
    for name in sorted(set(a["association"] for a in areas)):
        mine = [a for a in areas if a["association"] == name]
        rows.append((sum(meets(a) for a in mine) / len(mine), name, len(mine)))
    worst = sorted(rows)[:5]
    print("  worst associations: " + "; ".join(f"{n} {100 * r:.0f} % of {c}" for r, n, c in worst))
