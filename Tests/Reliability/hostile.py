"""Hostile text is only text: streets named `<script>alert(1)</script>` and
`'; DROP TABLE area; --`, a 300-character name with emoji and right-to-left marks, an
association named `../../x` and a volunteer named `=HYPERLINK("http://x")`, through import,
plan, sheets (PDF, read back with pdftotext), GeoJSON, GPX, CSV exports, the HTML report's
map (SVG), and the web pages (volunteer, board, and every page of the coordinator's console:
hostile_console.py). Each must be escaped in HTML, valid JSON and
XML, neutralised in CSV, and no file may leave its folder.

    python3 Tests/Reliability/hostile.py [--short]
"""
import csv
import io
import json
import pathlib
import re
import subprocess
import sys
import urllib.request
import xml.etree.ElementTree as ElementTree

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import common  # noqa: E402
import hostile_console  # noqa: E402

SCRIPT = "<script>alert(1)</script>"
SQL = "'; DROP TABLE area; --"
LONG = ("Långgatan 👨‍👩‍👧‍👦 \u200fשלום\u200e مرحبا " * 12)[:300]
FORMULA = '=HYPERLINK("http://x")'
CONTROL = "Kon\x1b[31mtroll\x07 \x01Tecken"  # a terminal's colour escape, a bell, a start of heading
STREETS = [SCRIPT, SQL, LONG, "Vanlig gatan"]
ASSOCIATION = ("../../Föreningen <b>& Co</b> " + "lång " * 40).strip()


def osm_xml():
    """A small grid: four named streets crossing three more, five addresses on each named one."""
    nodes, ways, next_id = [], [], 1
    lat0, lon0, step = 59.38, 13.50, 0.0015
    grid = {}
    for i in range(4):
        for j in range(4):
            grid[i, j] = next_id
            nodes.append(f'<node id="{next_id}" lat="{lat0 + i * step:.6f}" lon="{lon0 + j * step:.6f}"/>')
            next_id += 1

    def esc(text):
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    way_id = 1000
    for i, name in enumerate(STREETS):
        refs = "".join(f'<nd ref="{grid[i, j]}"/>' for j in range(4))
        ways.append(f'<way id="{way_id}">{refs}<tag k="highway" v="residential"/><tag k="name" v="{esc(name)}"/></way>')
        way_id += 1
        for n in range(5):
            nodes.append(f'<node id="{next_id}" lat="{lat0 + i * step + 0.0002:.6f}" lon="{lon0 + (n + 0.5) * step * 0.6:.6f}">'
                         f'<tag k="addr:street" v="{esc(name)}"/><tag k="addr:housenumber" v="{n + 1}"/><tag k="building" v="house"/></node>')
            next_id += 1
    for j in range(4):
        refs = "".join(f'<nd ref="{grid[i, j]}"/>' for i in range(4))
        ways.append(f'<way id="{way_id}">{refs}<tag k="highway" v="residential"/><tag k="name" v="Tvärgatan {j}"/></way>')
        way_id += 1
    return "<?xml version='1.0' encoding='UTF-8'?>\n<osm version=\"0.6\">\n" + "\n".join(nodes + ways) + "\n</osm>\n"


def boundaries():
    ring = [[13.49, 59.37], [13.51, 59.37], [13.51, 59.39], [13.49, 59.39], [13.49, 59.37]]
    return json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"namn": ASSOCIATION}, "geometry": {"type": "Polygon", "coordinates": [ring]}}]})


def main():
    options = common.options(("--keep", "keep the district folder to look at"))
    work = common.tempdir("hostile")
    problems, seen = [], []

    def expect(ok, what):
        (seen if ok else problems).append(what)

    (work / "hostile.osm").write_text(osm_xml())
    (work / "bounds.geojson").write_text(boundaries())
    def quoted(text):
        return json.dumps(text, ensure_ascii=False)
    (work / "utdelning.yaml").write_text(f"district:\n  name: {quoted(SCRIPT + ' ' + LONG)}\n  deadline: 2030-09-08\n"
                                         f"associations:\n  - name: {quoted(ASSOCIATION)}\n    contact: {quoted(FORMULA)}\n")
    common.run(["import", "osm", "hostile.osm"], work)
    common.run(["import", "boundaries", "bounds.geojson", "--name-property", "namn"], work)
    common.run(["plan", "--target-minutes", "10"], work)
    (work / "people.csv").write_text(f"namn;förening;kapacitet;e-post\n\"{FORMULA.replace(chr(34), chr(34) * 2)}\";\"{ASSOCIATION}\";9;x@example.org\n{SCRIPT};\"{ASSOCIATION}\";9;\n")
    common.run(["volunteers", "import", "people.csv"], work)
    # Control characters in a name would act on the terminal of whoever lists it: refused at the door, not echoed.
    (work / "control.csv").write_text(f"namn;förening\n{CONTROL};\"{ASSOCIATION}\"\n")
    code, _, err = common.run(["volunteers", "import", "control.csv"], work, check=False)
    expect(code == 65 and common.one_line_refusal(code, err) is None and "control character" in err and "\x1b" not in err, f"a volunteer named with control characters is refused in one line (exit {code})")
    (work / "control.geojson").write_text(boundaries().replace(json.dumps(ASSOCIATION)[1:-1], json.dumps(CONTROL)[1:-1]))
    code, _, err = common.run(["import", "boundaries", "control.geojson", "--name-property", "namn"], work, check=False)
    expect(code == 65 and common.one_line_refusal(code, err) is None and "control character" in err and "control character" in err and "\x1b" not in err, f"an association named with control characters is refused in one line (exit {code})")
    common.run(["assign"], work)
    areas = json.loads(common.run(["areas", "--format", "json"], work)[1])["areas"]
    expect(len(areas) > 0, "areas planned")
    streets = " ".join(" ".join(a["streets"]) for a in areas)
    expect(SCRIPT in streets and SQL in streets, "names kept as written in areas --format json")
    with __import__("sqlite3").connect(work / "utdelning.sqlite") as con:
        expect(con.execute("SELECT count(*) FROM area").fetchone()[0] == len(areas), "the area table stands ('; DROP TABLE area; --)")

    # Sheets: inside the folder, and the PDF reads back.
    common.run(["sheets", "--out", "sheets"], work)
    made = [p for p in work.rglob("*.pdf")]
    expect(all(p.resolve().is_relative_to((work / "sheets").resolve()) for p in made) and len(made) >= 1, f"sheets stay in their folder: {[p.name[:30] for p in made]}")
    expect(all(len(p.name.encode()) <= 255 for p in made), "sheet file names fit")
    text = ""
    for p in made:
        text += subprocess.run(["pdftotext", str(p), "-"], capture_output=True, text=True).stdout
    expect(SCRIPT in text and "DROP TABLE" in text, "pdftotext reads the hostile street names from the sheets")
    emoji = "👨" in text
    seen.append(f"emoji in the sheets' text layer: {'yes' if emoji else 'no'} (fonts with emoji: {subprocess.run(['fc-list', ':charset=1f468'], capture_output=True, text=True).stdout.count(chr(10))})")

    # GeoJSON and GPX.
    common.run(["export", "geojson", "--out", "plan.geojson"], work)
    plan = json.loads((work / "plan.geojson").read_text())
    names = json.dumps(plan, ensure_ascii=False)
    expect(SCRIPT in names, "GeoJSON is valid JSON holding the names as text")
    gpx_area = areas[0]["id"]
    common.run(["export", "gpx", "--area", str(gpx_area), "--out", "a.gpx"], work)
    tree = ElementTree.parse(work / "a.gpx")
    expect(tree.getroot().tag.endswith("gpx"), "GPX is valid XML")

    # CSV: no cell a spreadsheet would run.
    for args in (["assignments", "--format", "csv"], ["coverage", "--format", "csv"], ["printrun", "--format", "csv"]):
        code, out, err = common.run(args, work, check=False)
        if code != 0:
            seen.append(f"{' '.join(args)}: exit {code} {err.strip()[:80]}")
            continue
        rows = list(csv.reader(io.StringIO(out.lstrip("\ufeff")), delimiter=";" if out.count(";") > out.count(",") else ","))
        risky = [c for r in rows for c in r if c[:1] in ("=", "+", "-", "@", "\t", "\r") and not re.fullmatch(r"-?[\d ,.%]+", c)]
        expect(not risky, f"{' '.join(args[:2])}: no formula cells {risky[:2]}")

    # The report's map and the web pages.
    common.run(["report", "--out", "report.pdf"], work)
    report = subprocess.run(["pdftotext", str(work / "report.pdf"), "-"], capture_output=True, text=True).stdout
    expect(len(report) > 100, "the report PDF renders and reads back")
    common.run(["map", "--out", "map.svg"], work)
    ElementTree.parse(work / "map.svg")
    expect(True, "the map SVG is valid XML")
    port = common.free_port()
    links = common.links(work, port)
    board = json.loads(common.run(["links", "board", "--public-url", f"http://127.0.0.1:{port}", "--format", "json"], work)[1])["links"][0]["url"]
    server = common.start_server(work, port)
    try:
        pages = [l["url"] for l in links] + [board]
        for l in links:
            pages += [f"{l['url']}/areas/{a}" for a in l["areas"]] + [f"{l['url']}/areas/{a}/map.json" for a in l["areas"]]
        for url in pages:
            try:
                body = urllib.request.urlopen(url, timeout=30).read().decode()
            except urllib.error.HTTPError as error:
                body = error.read().decode()
            if url.endswith(".json"):
                json.loads(body)
            kind = "board" if url == board else "map.json" if url.endswith(".json") else "area page" if "/areas/" in url else "link page"
            expect("<script>alert(1)</script>" not in body and "<b>& Co</b>" not in body, f"escaped on every {kind}")
            if "alert(1)" in body or "DROP TABLE" in body:
                seen.append(f"hostile names shown as text on a {kind}")
    finally:
        server.terminate()
        server.wait(timeout=30)
    hostile_console.check(work, common.free_port(), [SCRIPT, SQL, LONG, ASSOCIATION, FORMULA], expect, seen)

    print(f"hostile text: {len(seen)} checks passed, {len(problems)} failed")
    for s in sorted(set(seen) - set(problems)):
        print(f"  ok: {s}")
    for p in problems:
        print(f"  PROBLEM {p}")
    if options.keep:
        print(f"  kept: {work}")
    else:
        common.remove(work)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
