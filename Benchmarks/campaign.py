#!/usr/bin/env python3
"""A five-week campaign on a district, run through the real command line, checking after
every step that nothing handed out changed and nothing acknowledged was lost.

    Benchmarks/campaign.py BIN DB OSM BOUNDARIES NAME_PROPERTY WORKDIR

Handed out = assigned, printed or reported on (or locked). After each step:
- every handed-out area still exists with the same sheet version and stops (a mop-up may
  give a worked area a new version, but its old version's stops stay and resolve);
- every assignment stands, unless its volunteer was forgotten or the step was an explicit
  rebalance;
- no delivery report is gone and no point's standing changed without a new report;
- every point with households is in exactly one area, or reported as outside/unplaced.
Seeded: the same inputs give the same campaign.
"""
import csv
import json
import random
import sqlite3
import subprocess
import sys
import time

BIN, DB, OSM, BOUNDARIES, NAME_PROPERTY, WORK = sys.argv[1:7]
rng = random.Random(7)
timings = []


def run(*args, expect=0):
    started = time.monotonic()
    done = subprocess.run([BIN, *args, "--db", DB], capture_output=True, text=True)
    timings.append((" ".join(args[:2]), time.monotonic() - started))
    if done.returncode != expect:
        sys.exit(f"FAIL: utdelning {' '.join(args)} exited {done.returncode}: {done.stderr.strip()}")
    return done.stdout


def db():
    return sqlite3.connect(DB)


def snapshot():
    c = db()
    areas = {}
    for area_id, version, printed, locked, released in c.execute(
            "SELECT id, version, printedVersion, locked, released FROM area"):
        stops = [k for (k,) in c.execute("SELECT pointKey FROM areaStop WHERE areaId = ? ORDER BY position", (area_id,))]
        areas[area_id] = dict(version=version, printed=printed, locked=locked, released=released, stops=stops)
    assigned = dict(c.execute("SELECT areaId, volunteerId FROM assignment"))
    reported = {k for (k,) in c.execute("SELECT DISTINCT pointKey FROM delivery WHERE undone = 0")}
    handed_out = {i for i, a in areas.items()
                  if i in assigned or a["printed"] is not None or a["locked"]
                  or (not a["released"] and any(s in reported for s in a["stops"]))}
    deliveries = c.execute("SELECT count(*) FROM delivery").fetchone()[0]
    versions = {(a, v): [k for (k,) in c.execute(
        "SELECT pointKey FROM sheetStop WHERE areaId = ? AND version = ? ORDER BY position", (a, v))]
        for a, v in c.execute("SELECT DISTINCT areaId, version FROM sheetStop")}
    volunteers = {v for (v,) in c.execute("SELECT id FROM volunteer")}
    return dict(areas=areas, assigned=assigned, handed_out=handed_out, deliveries=deliveries,
                versions=versions, volunteers=volunteers)


def check(before, after, step, mop_up=False):
    problems = []
    for area_id in sorted(before["handed_out"]):
        old, new = before["areas"][area_id], after["areas"].get(area_id)
        if new is None:
            problems.append(f"handed-out area {area_id} is gone")
            continue
        if not mop_up and (new["version"], new["stops"]) != (old["version"], old["stops"]):
            problems.append(f"handed-out area {area_id} changed (version {old['version']} -> {new['version']})")
        if after["versions"].get((area_id, old["version"])) != before["versions"].get((area_id, old["version"])):
            problems.append(f"area {area_id}: the stops of sheet version {old['version']} changed")
    for area_id, volunteer in before["assigned"].items():
        if volunteer in after["volunteers"] and after["assigned"].get(area_id) != volunteer:
            problems.append(f"area {area_id} lost its volunteer {volunteer}")
    if after["deliveries"] < before["deliveries"]:
        problems.append(f"delivery reports went from {before['deliveries']} to {after['deliveries']}")
    c = db()
    doubled = c.execute("SELECT count(*) FROM (SELECT pointKey FROM areaStop GROUP BY pointKey HAVING count(*) > 1)").fetchone()[0]
    if doubled:
        problems.append(f"{doubled} points in more than one area")
    if problems:
        sys.exit(f"FAIL after {step}:\n  " + "\n  ".join(problems[:20]))
    print(f"ok  {step}: {len(after['handed_out'])} areas handed out, {len(after['assigned'])} assigned, "
          f"{after['deliveries']} reports")


def step(name, action, mop_up=False):
    before = snapshot()
    action()
    check(before, snapshot(), name, mop_up)


def points(where="households > 0"):
    return db().execute(f"SELECT key, street, houseNumber, latitude, longitude, households FROM deliveryPoint WHERE {where} ORDER BY key").fetchall()


def write_csv(name, header, rows, delimiter=";"):
    path = f"{WORK}/{name}"
    with open(path, "w", newline="") as f:
        w = csv.writer(f, delimiter=delimiter)
        w.writerow(header)
        w.writerows(rows)
    return path


def volunteers_file(name, count, seed_names):
    homes = db().execute("""SELECT s.name, p.latitude, p.longitude FROM deliveryPoint p JOIN association s ON s.id = p.associationId
                             WHERE p.households > 0 ORDER BY p.key""").fetchall()
    rows = []
    for i in range(count):
        association, lat, lon = rng.choice(homes)
        mode = rng.choice(["gång"] * 6 + ["cykel", "bil", "bil"])
        rows.append([f"{seed_names} {i}", association, f"{lat:.5f}".replace(".", ","), f"{lon:.5f}".replace(".", ","),
                     rng.choice([1, 1, 2, 3, 4]), mode, f"{seed_names.lower()}{i}@example.org"])
    return write_csv(name, ["namn", "förening", "lat", "lon", "kapacitet", "färdsätt", "e-post"], rows)


def returned_sheets(name, day, share):
    """Sheets come back for a share of the assigned areas: most doors ticked, some skipped."""
    c = db()
    rows = []
    assigned = [a for (a,) in c.execute("SELECT areaId FROM assignment ORDER BY areaId")]
    for area_id in rng.sample(assigned, max(1, int(len(assigned) * share))):
        version, printed = c.execute("SELECT version, printedVersion FROM area WHERE id = ?", (area_id,)).fetchone()
        sheet_version = printed or version
        stops = c.execute("SELECT count(*) FROM sheetStop WHERE areaId = ? AND version = ?", (area_id, sheet_version)).fetchone()[0]
        for stop in range(1, stops + 1):
            roll = rng.random()
            if roll < 0.9:
                rows.append([area_id, sheet_version, stop, "x", "", day])
            elif roll < 0.95:
                rows.append([area_id, sheet_version, stop, "ej", rng.choice(["låst", "ingen brevlåda", "nej tack"]), day])
    return write_csv(name, ["område", "version", "nr", "status", "orsak", "datum"], rows)


def main():
    print("week 0: import and plan")
    run("import", "osm", OSM)
    run("import", "boundaries", BOUNDARIES, "--name-property", NAME_PROPERTY)
    run("plan")
    associations = [n for (n,) in db().execute("SELECT name FROM association ORDER BY name")]
    biggest = db().execute("""SELECT s.name FROM area a JOIN association s ON s.id = a.associationId
                              GROUP BY s.name ORDER BY count(*) DESC, s.name LIMIT 1""").fetchone()[0]

    print("week 1: volunteers, assignment, sheets of the smaller associations, first sheets back")
    step("volunteers import", lambda: run("volunteers", "import", volunteers_file("v1.csv", 400, "Första")))
    step("assign", lambda: run("assign"))
    for name in associations:
        if name != biggest:
            step(f"sheets {name}", lambda name=name: run("sheets", "--out", f"{WORK}/sheets", "--association", name))
    step("returned sheets 1", lambda: run("deliveries", "import", returned_sheets("back1.csv", "2026-11-02", 0.3)))

    print("week 2: the register corrects household counts, re-plans")
    sample = rng.sample(points(), 300)
    fixes = [[street, number, f"{lat:.6f}", f"{lon:.6f}", households + rng.choice([1, 2, 5])]
             for (_, street, number, lat, lon, households) in sample]
    step("register fix", lambda: run("import", "households", write_csv("register.csv", ["gata", "nummer", "lat", "lon", "hushåll"], fixes)))
    step("plan", lambda: run("plan"))
    step("plan again", lambda: run("plan"))
    topups = json.loads(run("topups", "--format", "json"))
    print(f"    {len(topups)} top-up lists, {sum(t['papersToAdd'] for t in topups)} papers to add")
    step("returned sheets 2", lambda: run("deliveries", "import", returned_sheets("back2.csv", "2026-11-09", 0.3)))

    print("week 3: new addresses, volunteers come and go, a fresh plan")
    new = [[street, "9" + number, f"{lat - 0.0005:.6f}", f"{lon:.6f}", 1] for (_, street, number, lat, lon, _) in rng.sample(points(), 400)]
    step("new addresses", lambda: run("import", "households", write_csv("new.csv", ["gata", "nummer", "lat", "lon", "hushåll"], new)))
    step("plan --fresh", lambda: run("plan", "--fresh"))
    step("volunteers join", lambda: run("volunteers", "import", volunteers_file("v2.csv", 60, "Andra")))
    gone = [v for (v,) in db().execute("SELECT id FROM volunteer ORDER BY id LIMIT 5")]
    for volunteer in gone:
        step(f"volunteers forget {volunteer}", lambda v=volunteer: run("volunteers", "forget", str(v)))
    step("assign", lambda: run("assign"))
    step(f"sheets {biggest}", lambda: run("sheets", "--out", f"{WORK}/sheets", "--association", biggest))
    step("returned sheets 3", lambda: run("deliveries", "import", returned_sheets("back3.csv", "2026-11-16", 0.4)))

    print("week 4: mop-up of the worked areas")
    step("plan --mop-up", lambda: run("plan", "--mop-up"), mop_up=True)
    step("assign", lambda: run("assign"))
    step("returned sheets 4", lambda: run("deliveries", "import", returned_sheets("back4.csv", "2026-11-23", 0.5)))

    print("week 5: last sheets, the board's report")
    step("plan", lambda: run("plan"))
    step("returned sheets 5", lambda: run("deliveries", "import", returned_sheets("back5.csv", "2026-11-30", 0.6)))
    coverage = json.loads(run("coverage", "--format", "json"))
    run("report", "--out", f"{WORK}/report.pdf")
    print(f"coverage {coverage['coverage'] * 100:.1f} % of {coverage['households']} households")
    print("slowest steps: " + ", ".join(f"{n} {s:.1f} s" for n, s in sorted(timings, key=lambda t: -t[1])[:5]))


main()
