"""kill -9 at seeded random moments during the writes a district sees, and what must hold after.

Five kinds of work are killed, each on a fresh copy of the small district: `import osm` (the
west extract over the east one), `plan`, `deliveries import` (every stop of every area), a
loop of `deliver` (one stop a process) and the server taking ticks. After every kill:
`PRAGMA integrity_check` is ok; the interrupted work is wholly there or wholly absent (import,
plan, deliveries import); every acknowledged delivery (exit 0) or tick (HTTP 2xx) is in the
database; and running the work again completes with the same result as a clean run.

    python3 Tests/Reliability/kills.py --seed 1 [--short]   # 2 kills of each kind, else 14 (70)
"""
import http.client
import json
import pathlib
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import common  # noqa: E402


def households(work):
    return common.run(["households", "summary", "--format", "json"], work)[1]


def areas(work):
    return common.run(["areas", "--format", "json"], work)[1]


def delivered(work):
    with sqlite3.connect(work / "utdelning.sqlite") as con:
        return con.execute("SELECT pointKey, outcome, coalesce(reason, ''), undone FROM delivery ORDER BY pointKey, outcome").fetchall()


def killed_run(args, work, moment):
    """Starts the binary, kills it with SIGKILL `moment` seconds later; its exit code (None if killed)."""
    process = subprocess.Popen([str(common.BIN), *args], cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        process.wait(timeout=moment)
        return process.returncode
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        return None


class Scenario:
    """A copy of a prepared database, the command killed, and how its result is read."""

    def __init__(self, name, base, args, result, setup=None):
        self.name, self.base, self.args, self.result, self.setup = name, base, args, result, setup
        self.work = common.tempdir(f"kill-{name}")
        if setup:
            setup(self.work)
        shutil.copy(base, self.work / "utdelning.sqlite")
        self.before = result(self.work)
        started = time.time()
        common.run(args, self.work)
        self.seconds = time.time() - started
        self.clean = result(self.work)

    def once(self, rng):
        db = self.work / "utdelning.sqlite"
        for suffix in ("", "-wal", "-shm"):
            pathlib.Path(f"{db}{suffix}").unlink(missing_ok=True)
        shutil.copy(self.base, db)
        code = killed_run(self.args, self.work, rng.uniform(0.0, self.seconds * 0.9))
        problems = []
        if (check := common.integrity(db)) != "ok":
            problems.append(f"integrity_check: {check[:200]}")
        now = self.result(self.work)
        if now not in (self.before, self.clean):
            problems.append("half done: neither the state before nor the clean result")
        common.run(self.args, self.work)
        if self.result(self.work) != self.clean:
            problems.append("the re-run differs from a clean run")
        return code, problems


def deliver_loop(base, rng, stops):
    """`deliver AREA --points N` for each stop in turn, the current process killed at a random
    moment; every one that exited 0 must be in the database, and the rest of the loop then
    completes to the clean result."""
    work = common.tempdir("kill-deliver")
    shutil.copy(base, work / "utdelning.sqlite")
    acknowledged = []
    deadline = time.time() + rng.uniform(0.1, 0.1 * len(stops))
    killed = False
    for area, stop in stops:
        args = ["deliver", str(area), "--version", "1", "--points", str(stop), "--by", "kill"]
        left = deadline - time.time()
        if left <= 0:
            killed = killed_run(args, work, rng.uniform(0, 0.15)) is None or killed
            break
        code = killed_run(args, work, 60)
        if code == 0:
            acknowledged.append((area, stop))
    problems = []
    db = work / "utdelning.sqlite"
    if (check := common.integrity(db)) != "ok":
        problems.append(f"integrity_check: {check[:200]}")
    with sqlite3.connect(db) as con:
        recorded = con.execute("SELECT count(*) FROM delivery WHERE undone = 0 AND reporter = 'kill'").fetchone()[0]
    if recorded < len(acknowledged):
        problems.append(f"{len(acknowledged)} acknowledged, {recorded} recorded")
    for area, stop in stops:
        common.run(["deliver", str(area), "--version", "1", "--points", str(stop), "--by", "kill"], work, check=False)
    common.remove(work)
    return len(acknowledged), problems


def server_under_ticks(base, rng, token, area, stops):
    """Ticks from one phone, one after another, the server killed at a random moment; every
    tick answered 2xx is in reportReceipt. The server comes back and the phone sends all again."""
    work = common.tempdir("kill-server")
    shutil.copy(base, work / "utdelning.sqlite")
    port = common.free_port()
    server = common.start_server(work, port)
    acknowledged = []
    ticks = [(stop, f"kill-{rng.randrange(1 << 40):x}-{stop}") for stop in range(1, stops + 1)]

    def send(stop, report):
        con = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        try:
            body = json.dumps({"version": 1, "stop": stop, "action": "delivered", "report": report})
            con.request("POST", f"/v/{token}/areas/{area}/report", body=body, headers={"Content-Type": "application/json", "Accept": "application/json"})
            return con.getresponse().status
        finally:
            con.close()

    def phone():
        for stop, report in ticks:
            try:
                if 200 <= send(stop, report) < 300:
                    acknowledged.append(report)
            except OSError:
                return

    thread = threading.Thread(target=phone)
    thread.start()
    time.sleep(rng.uniform(0.0, 0.01 * stops))
    server.send_signal(signal.SIGKILL)
    server.wait()
    thread.join()
    problems = []
    db = work / "utdelning.sqlite"
    if (check := common.integrity(db)) != "ok":
        problems.append(f"integrity_check: {check[:200]}")
    with sqlite3.connect(db) as con:
        kept = {r for (r,) in con.execute("SELECT reportId FROM reportReceipt")}
    lost = [r for r in acknowledged if r not in kept]
    if lost:
        problems.append(f"{len(lost)} of {len(acknowledged)} acknowledged ticks lost")
    server = common.start_server(work, port)
    for stop, report in ticks:
        if not 200 <= send(stop, report) < 300:
            problems.append(f"resending stop {stop} refused")
            break
    server.terminate()
    server.wait(timeout=30)
    with sqlite3.connect(db) as con:
        done = con.execute("SELECT count(DISTINCT pointKey) FROM delivery WHERE undone = 0 AND areaId = ?", (area,)).fetchone()[0]
    if done != stops:
        problems.append(f"after resending, {done} of {stops} stops delivered")
    common.remove(work)
    return len(acknowledged), problems


def main():
    options = common.options()
    each = 2 if options.short else 14
    rng = random.Random(options.seed)
    started = time.time()

    unplanned_dir, planned_dir = common.tempdir("kill-unplanned"), common.tempdir("kill-planned")
    unplanned = common.make_district(unplanned_dir, plan=False)
    planned = common.make_district(planned_dir)
    listed = json.loads(areas(planned_dir))["areas"]
    sheet = "område;version;nr;status;datum\n" + "".join(f"{a['id']};1;1-{a['deliveryPoints']};x;2026-11-20\n" for a in listed)
    (planned_dir / "all.csv").write_text(sheet)
    links = common.links(planned_dir, 1)
    area_link = next(l for l in links if l["kind"] == "area")
    token, area = area_link["url"].rsplit("/", 1)[1], area_link["areas"][0]
    area_stops = next(a["deliveryPoints"] for a in listed if a["id"] == area)
    loop_stops = [(a["id"], s) for a in listed[:3] for s in range(1, a["deliveryPoints"] + 1)]

    def copy_sheet(work):
        shutil.copy(planned_dir / "all.csv", work / "all.csv")

    def coverage(work):
        report = json.loads(common.run(["coverage", "--format", "json"], work)[1])
        return (report["delivered"], len(delivered(work)))

    scenarios = [
        Scenario("import-osm", planned, ["import", "osm", str(common.WEST)], households),
        Scenario("plan", unplanned, ["plan", "--target-minutes", "30"], areas),
        Scenario("deliveries-import", planned, ["deliveries", "import", "all.csv"], coverage, setup=copy_sheet),
    ]
    figures, problems = {}, []
    for scenario in scenarios:
        tally = figures.setdefault(scenario.name, {"kills": 0, "finished first": 0, "problems": 0})
        for _ in range(each):
            code, found = scenario.once(rng)
            tally["kills" if code is None else "finished first"] += 1
            tally["problems"] += len(found)
            problems += [f"{scenario.name}: {p}" for p in found]
        common.remove(scenario.work)
    tally = figures.setdefault("deliver-loop", {"kills": 0, "acknowledged": 0, "problems": 0})
    for _ in range(each):
        acknowledged, found = deliver_loop(planned, rng, loop_stops)
        tally["kills"] += 1
        tally["acknowledged"] += acknowledged
        tally["problems"] += len(found)
        problems += [f"deliver-loop: {p}" for p in found]
    tally = figures.setdefault("server-ticks", {"kills": 0, "acknowledged": 0, "problems": 0})
    for _ in range(each):
        acknowledged, found = server_under_ticks(planned, rng, token, area, area_stops)
        tally["kills"] += 1
        tally["acknowledged"] += acknowledged
        tally["problems"] += len(found)
        problems += [f"server-ticks: {p}" for p in found]
    common.remove(unplanned_dir)
    common.remove(planned_dir)

    kills = sum(t["kills"] for t in figures.values())
    print(f"kill -9, seed {options.seed}: {kills} kills survived of {sum(t.get('kills', 0) + t.get('finished first', 0) for t in figures.values())} runs in {time.time() - started:.0f} s")
    for name, tally in figures.items():
        print(f"  {name:18} " + ", ".join(f"{k} {v}" for k, v in tally.items()))
    for p in problems:
        print(f"  PROBLEM {p}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
