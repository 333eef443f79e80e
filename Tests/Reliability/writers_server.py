"""The server and the command line writing at once (issue 17, promise 2), for writers.py.

The server takes ticks from three phones (each an area's link, JSON POSTs as the phone's
queue sends them: delivered, then undone, then delivered again, until the command line is
done, then a last pass delivered) while the command line, in another process, runs a
`deliver` loop on a fourth area, `plan`, `assign` and a second `deliver` loop. Every command
must exit 0, or 74 in one line; every tick answered 2xx must be in the database
(reportReceipt, written in the tick's own transaction) and every acknowledged `deliver`
recorded; a busy server answers 503 with one line, and the phone sends again; any other 5xx,
or a server that stops answering, is a problem. After: integrity ok, the phones' areas all
delivered, no door left outside an area.
"""
import http.client
import json
import sqlite3
import threading
import time

import common

PHONES = 3


def send(port, token, area, stop, action, report):
    """One tick as the phone's queue sends it; (status, body)."""
    con = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        body = json.dumps({"version": 1, "stop": stop, "action": action, "report": report})
        con.request("POST", f"/v/{token}/areas/{area}/report", body=body, headers={"Content-Type": "application/json", "Accept": "application/json"})
        answer = con.getresponse()
        return answer.status, answer.read().decode("utf-8", "replace")
    finally:
        con.close()


class Phone:
    """One phone's queue on its area: each tick sent until the server answers it (2xx, or a
    4xx that refuses it), a 503 sent again after a moment, as the page's script does."""

    def __init__(self, port, link, stops, rng, problems):
        # An area's link: its token ends its URL, and it opens its one area.
        self.port, self.token, self.area = port, link["url"].rsplit("/", 1)[1], link["areas"][0]
        self.stops, self.rng, self.problems = stops, rng, problems
        self.acknowledged, self.busy, self.refused = [], 0, 0

    def tick(self, stop, action):
        report = f"phone-{self.rng.randrange(1 << 40):x}-{stop}"
        for _ in range(50):
            try:
                status, body = send(self.port, self.token, self.area, stop, action, report)
            except OSError as error:
                self.problems.append(f"server stopped answering: {error}")
                return False
            if 200 <= status < 300:
                self.acknowledged.append(report)
                return True
            lines = body.strip().split("\n")
            if status == 503 and len(lines) == 1:
                self.busy += 1
                time.sleep(0.05)
                continue
            if 400 <= status < 500 and len(lines) == 1 and status != 410:
                self.refused += 1
                return True
            self.problems.append(f"tick answered {status}: {body.strip()[:120]}")
            return False
        self.problems.append(f"tick still busy after 50 tries (stop {stop})")
        return False

    def run(self, done):
        passes = 0
        while not done.is_set() and passes < 40:
            action = "delivered" if passes % 2 == 0 else "undo"
            for stop in range(1, self.stops + 1):
                if not self.tick(stop, action):
                    return
            passes += 1
        # The last pass leaves every stop delivered.
        for stop in range(1, self.stops + 1):
            if not self.tick(stop, "delivered"):
                return


def cli(work, area, stops, problems, deliver_loop, command):
    """The coordinator's commands, one after another, while the phones tick; the most stops
    one loop had acknowledged (the second loop goes over the same stops again)."""
    first = deliver_loop(work, area, stops, problems)
    command(work, ["plan"], problems)()
    command(work, ["assign"], problems)()
    return max(first, deliver_loop(work, area, stops, problems))


def pair(work, links, stops_of, cli_area, rng, writers):
    """One round on a copy in `work` that has the areas' `links` (stops by area in
    `stops_of`); the command line works on `cli_area`. (figures, problems)"""
    problems = []
    port = common.free_port()
    server = common.start_server(work, port)
    done = threading.Event()
    stops = min(cli_area["deliveryPoints"], 8)
    phones = [Phone(port, link, min(stops_of[link["areas"][0]], 6), rng, problems) for link in links[:PHONES]]
    threads = [threading.Thread(target=phone.run, args=(done,)) for phone in phones]
    for thread in threads:
        thread.start()
    delivered = cli(work, cli_area["id"], stops, problems, writers.deliver_loop, writers.command)
    done.set()
    for thread in threads:
        thread.join()
    if server.poll() is not None:
        problems.append(f"the server died (exit {server.returncode})")
    server.terminate()
    server.wait(timeout=30)
    db = work / "utdelning.sqlite"
    acknowledged = [r for phone in phones for r in phone.acknowledged]
    with sqlite3.connect(db) as con:
        kept = {r for (r,) in con.execute("SELECT reportId FROM reportReceipt")}
        for phone in phones:
            left = con.execute("SELECT count(DISTINCT pointKey) FROM delivery WHERE undone = 0 AND areaId = ?", (phone.area,)).fetchone()[0]
            if phone.refused == 0 and left != phone.stops:
                problems.append(f"area {phone.area}: {left} of {phone.stops} stops delivered after the last pass")
    if lost := [r for r in acknowledged if r not in kept]:
        problems.append(f"{len(lost)} of {len(acknowledged)} acknowledged ticks lost")
    if writers.recorded(work) < delivered:
        problems.append(f"{delivered} stops' deliveries acknowledged, {writers.recorded(work)} recorded")
    figures = {"ticks acknowledged": len(acknowledged), "503 sent again": sum(p.busy for p in phones),
               "ticks refused 4xx": sum(p.refused for p in phones), "stops delivered by the CLI": delivered}
    return figures, problems
