#!/usr/bin/env python3
"""Writes neubrandenburg-volunteers.csv: invented volunteers for the demo (no real people).

Homes are random points inside each association's polygon (seeded, so the file is stable);
capacity 1-4 areas; most walk, some cycle or drive. Run from Maps/: python3 make-demo-volunteers.py
"""
import csv, json, random

random.seed(7)
FIRST = ["Anna", "Erik", "Maria", "Karl", "Eva", "Lars", "Karin", "Johan", "Sara", "Olof", "Ingrid", "Nils", "Elin", "Per", "Astrid",
         "Gustav", "Märta", "Sven", "Linnéa", "Åke", "Signe", "Björn", "Maja", "Östen", "Frida"]
LAST = ["Andersson", "Berg", "Lindqvist", "Nilsson", "Ek", "Svensson", "Holm", "Sjöberg", "Åström", "Lund", "Ström", "Wikström",
        "Engström", "Dahl", "Björk"]
PER_ASSOCIATION = {"Neubrandenburg": 34, "Blankenhof": 1, "Groß Nemerow": 2, "Holldorf": 1, "Pragsdorf": 1, "Wulkenzin": 2, "Zirzow": 0}


def inside(point, ring):
    x, y = point
    hit = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            hit = not hit
    return hit


features = json.load(open("neubrandenburg-associations.geojson"))["features"]
rows = []
for feature in features:
    name = feature["properties"]["forening"]
    geometry = feature["geometry"]
    ring = geometry["coordinates"][0] if geometry["type"] == "Polygon" else geometry["coordinates"][0][0]
    xs, ys = [p[0] for p in ring], [p[1] for p in ring]
    for _ in range(PER_ASSOCIATION.get(name, 0)):
        while True:
            p = (random.uniform(min(xs), max(xs)), random.uniform(min(ys), max(ys)))
            if inside(p, ring):
                break
        first, last = random.choice(FIRST), random.choice(LAST)
        mode = random.choices(["gång", "cykel", "bil"], weights=[8, 1, 1])[0]
        rows.append([f"{first} {last}", name, f"{p[1]:.5f}".replace(".", ","), f"{p[0]:.5f}".replace(".", ","), random.randint(1, 4), mode,
                     f"{first.lower()}.{last.lower()}{len(rows)}@example.org"])

with open("neubrandenburg-volunteers.csv", "w", encoding="utf-8", newline="") as out:
    writer = csv.writer(out, delimiter=";")
    writer.writerow(["namn", "förening", "lat", "lon", "kapacitet", "färdsätt", "e-post"])
    writer.writerows(rows)
print(f"{len(rows)} volunteers")
