#!/usr/bin/env python3
"""Builds Maps/neubrandenburg-associations.geojson, the demo's association polygons.

Run once by hand (needs osmium-tool and `pip install shapely`); the output is committed.
The six municipalities (admin_level=8) whose boundary relations are complete in the
extract become associations as they are. The town of Neubrandenburg is cut at the
extract's edge, so its association is the rest of the extract's bounding box:
'Neubrandenburg' with the surrounding villages. Data © OpenStreetMap contributors, ODbL 1.0.
"""
import json
import subprocess
import tempfile
from pathlib import Path

from shapely.geometry import box, mapping, shape
from shapely.ops import unary_union

here = Path(__file__).parent
extract = here / "neubrandenburg.osm.pbf"
bbox = box(13.1094, 53.4382, 13.4074, 53.6153)  # the extract's header bounding box

with tempfile.TemporaryDirectory() as tmp:
    relations = Path(tmp) / "b.osm.pbf"
    polygons = Path(tmp) / "b.geojson"
    subprocess.run(["osmium", "tags-filter", str(extract), "r/admin_level=8", "-o", str(relations)], check=True)
    subprocess.run(["osmium", "export", str(relations), "-f", "geojson", "--geometry-types=polygon", "-o", str(polygons)], check=True)
    features = json.loads(polygons.read_text())["features"]

municipalities = sorted(
    (f["properties"]["name"], shape(f["geometry"]).intersection(bbox))
    for f in features if f["properties"].get("admin_level") == "8")
rest = bbox.difference(unary_union([geometry for _, geometry in municipalities]))
out = {
    "type": "FeatureCollection",
    "features": [
        {"type": "Feature", "properties": {"forening": name}, "geometry": mapping(geometry.simplify(0.0001))}
        for name, geometry in municipalities + [("Neubrandenburg", rest)]
    ],
}
(here / "neubrandenburg-associations.geojson").write_text(json.dumps(out, ensure_ascii=False) + "\n")
print(", ".join(name for name, _ in municipalities), "+ Neubrandenburg")
