"""Many writers at once, no failures (issue 17, promise 2), on copies of the small district.

Five pairs run at the same moment, each command as its own process: two `deliver` loops on
different areas; `plan` while a `deliver` loop runs; `volunteers import` during `assign`;
two `plan --fresh`; and the server taking ticks from three phones while the command line
delivers, plans and assigns (writers_server.py). Every command must exit 0, or 74 with one line (another command holds the
database); never "database is locked" raw, never exit 70. After each pair: integrity ok,
every acknowledged delivery is in the database, no household left in no area, and two plans
end exactly as one plan or two in a row would.

    python3 Tests/Reliability/writers.py --seed 1 [--short]   # 2 rounds of each pair (the server's 1), else 10
"""
import json
import pathlib
import random
import shutil
import sqlite3
import sys
import threading

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import common  # noqa: E402
import writers_server  # noqa: E402


def together(*jobs):
    """Runs each job (a function) on its own thread, all at once; their results in order."""
    results = [None] * len(jobs)

    def run(i, job):
        results[i] = job()

    threads = [threading.Thread(target=run, args=(i, job)) for i, job in enumerate(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def outcome(code, err):
    """None when a writer's end is as promised: exit 0, or 74 in one line."""
    if code == 0:
        return None
    if code == 74:
        return common.one_line_refusal(code, err)
    return f"exit {code}: {err.strip()[:200]}"


def deliver_loop(work, area, stops, problems):
    acknowledged = 0
    for stop in range(1, stops + 1):
        code, _, err = common.run(["deliver", str(area), "--version", "1", "--points", str(stop), "--by", "writers"], work, check=False)
        if (wrong := outcome(code, err)) is not None:
            problems.append(f"deliver {area}/{stop}: {wrong}")
        elif code == 0:
            acknowledged += 1
    return acknowledged


def recorded(work):
    with sqlite3.connect(work / "utdelning.sqlite") as con:
        return con.execute("SELECT count(*) FROM delivery WHERE undone = 0 AND reporter = 'writers'").fetchone()[0]


def points_in_areas(work):
    with sqlite3.connect(work / "utdelning.sqlite") as con:
        return con.execute("SELECT count(DISTINCT pointKey) FROM areaStop").fetchone()[0]


def areas_of(work):
    return json.loads(common.run(["areas", "--format", "json"], work)[1])["areas"]


def copy(base, name):
    work = common.tempdir(name)
    shutil.copy(base, work / "utdelning.sqlite")
    return work


def finish(work, problems):
    """The copy's integrity checked, then the copy removed."""
    if (check := common.integrity(work / "utdelning.sqlite")) != "ok":
        problems.append(f"integrity_check: {check[:200]}")
    common.remove(work)


def command(work, args, problems):
    def job():
        code, _, err = common.run(args, work, check=False)
        if (wrong := outcome(code, err)) is not None:
            problems.append(f"{' '.join(args[:2])}: {wrong}")
        return code
    return job


def main():
    options = common.options()
    rng = random.Random(options.seed)
    rounds = 2 if options.short else 10
    base_dir = common.tempdir("writers-base")
    base = common.make_district(base_dir)
    areas = sorted(areas_of(base_dir), key=lambda a: a["id"])
    clean_points = points_in_areas(base_dir)
    figures = {name: {"rounds": 0, "refused 74": 0, "problems": 0} for name in ["two deliver loops", "plan + deliver", "import + assign", "two plans"]}
    figures["server + CLI"] = {"rounds": 0, "problems": 0}
    # The server's pair starts from a copy with every area's link.
    linked_dir = copy(base, "writers-linked")
    area_links = [link for link in common.links(linked_dir, 1) if link["kind"] == "area"]
    stops_of = {a["id"]: a["deliveryPoints"] for a in areas}
    problems_all = []

    for round_number in range(rounds):
        a, b = rng.sample(areas, 2)
        stops = min(a["deliveryPoints"], b["deliveryPoints"], 8)

        # Two deliver loops on different areas.
        work, problems = copy(base, "writers-deliver"), []
        counts = together(lambda: deliver_loop(work, a["id"], stops, problems), lambda: deliver_loop(work, b["id"], stops, problems))
        if recorded(work) < sum(counts):
            problems.append(f"{sum(counts)} acknowledged, {recorded(work)} recorded")
        figures["two deliver loops"]["refused 74"] += 2 * stops - sum(counts)
        finish(work, problems)
        problems_all += [("two deliver loops", p) for p in problems]

        # A plan while deliveries are typed in.
        work, problems = copy(base, "writers-plan"), []
        counts = together(command(work, ["plan"], problems), lambda: deliver_loop(work, a["id"], stops, problems))
        if recorded(work) < counts[1]:
            problems.append(f"{counts[1]} acknowledged, {recorded(work)} recorded")
        if points_in_areas(work) != clean_points:
            problems.append(f"{points_in_areas(work)} doors in areas, {clean_points} before")
        figures["plan + deliver"]["refused 74"] += (counts[0] == 74) + stops - counts[1]
        finish(work, problems)
        problems_all += [("plan + deliver", p) for p in problems]

        # A volunteers import during assign.
        work, problems = copy(base, "writers-assign"), []
        (work / "more.csv").write_text("namn;förening;kapacitet\nCe Ek;Oststadt;2\nDi Ek;Oststadt;1\n")
        codes = together(command(work, ["assign"], problems), command(work, ["volunteers", "import", "more.csv"], problems))
        figures["import + assign"]["refused 74"] += sum(c == 74 for c in codes)
        finish(work, problems)
        problems_all += [("import + assign", p) for p in problems]

        # Two plans at once: as one plan, or two in a row.
        work, problems = copy(base, "writers-plans"), []
        codes = together(command(work, ["plan", "--fresh"], problems), command(work, ["plan", "--fresh"], problems))
        figures["two plans"]["refused 74"] += sum(c == 74 for c in codes)
        runs = sum(c == 0 for c in codes)
        expected = copy(base, "writers-plans-expected")
        for _ in range(runs):
            common.run(["plan", "--fresh"], expected)
        if areas_of(work) != areas_of(expected):
            problems.append(f"{runs} plans at once differ from {runs} in a row")
        finish(work, problems)
        common.remove(expected)
        problems_all += [("two plans", p) for p in problems]

        # The server takes ticks while the command line delivers, plans and assigns (once in
        # the short form: it is the slowest pair, about 5 s a round).
        if not options.short or round_number == 0:
            phones = rng.sample(area_links, writers_server.PHONES)
            cli_area = rng.choice([x for x in areas if x["id"] not in {link["areas"][0] for link in phones}])
            work = copy(linked_dir / "utdelning.sqlite", "writers-server")
            tally, problems = writers_server.pair(work, phones, stops_of, cli_area, rng, sys.modules[__name__])
            tally["rounds"] = 1
            for key, value in tally.items():
                figures["server + CLI"][key] = figures["server + CLI"].get(key, 0) + value
            finish(work, problems)
            problems_all += [("server + CLI", p) for p in problems]

        for name in figures:
            if name != "server + CLI":
                figures[name]["rounds"] += 1

    for name, problem in problems_all:
        figures[name]["problems"] += 1
        print(f"  PROBLEM {name}: {problem}")
    common.remove(base_dir)
    common.remove(linked_dir)
    print(f"many writers, seed {options.seed}: {rounds} rounds of {len(figures)} pairs")
    for name, tally in figures.items():
        print(f"  {name:18} " + ", ".join(f"{k} {v}" for k, v in tally.items()))
    return 1 if problems_all else 0


if __name__ == "__main__":
    sys.exit(main())
