"""Locust for Benchmarks/phones.sh: each simulated volunteer takes one area's ticks (a line of
the ticks file: the area's report URL, then its ticks) and sends them one after another, as
a phone's queue does (form body, Accept: application/json), waiting for each answer. The
volunteers together offer PHONES_RATE ticks a second (each at its share, evenly spread), or
as fast as answers come when PHONES_RATE is 0. Every tick is sent once and its answer kept,
so the check counts exactly which were acknowledged; latencies are kept per tick, from
sending to the answer. When the last volunteer is done, the run ends and the figures go to
the file named by PHONES_RESULT."""
import itertools
import json
import os
import time

import gevent

from locust import FastHttpUser, constant, events, task
from locust.exception import StopUser

VOLUNTEERS = [json.loads(line) for line in open(os.environ["PHONES_TICKS"])]
_next_volunteer = itertools.count()
RESULT = {"acknowledged": 0, "refused": 0, "errors": 0, "latencies_ms": [], "first": None, "last": None, "done": 0}
RATE = float(os.environ.get("PHONES_RATE", "0"))
HEADERS = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"}


class Volunteer(FastHttpUser):
    wait_time = constant(0)

    def on_start(self):
        index = next(_next_volunteer)
        if index >= len(VOLUNTEERS):
            raise StopUser()
        self.url, self.ticks = VOLUNTEERS[index]["url"], VOLUNTEERS[index]["ticks"]
        # Each volunteer's ticks this far apart, the volunteers' starts spread over one interval.
        self.interval = len(VOLUNTEERS) / RATE if RATE > 0 else 0.0
        self.offset = self.interval * index / len(VOLUNTEERS)

    @task
    def tick_the_whole_area(self):
        begin = time.perf_counter() + self.offset
        for n, body in enumerate(self.ticks):
            due = begin + n * self.interval
            if due > time.perf_counter():
                gevent.sleep(due - time.perf_counter())
            start = time.perf_counter()
            RESULT["first"] = RESULT["first"] or time.time()
            try:
                with self.client.post(self.url, data=body, headers=HEADERS, name="tick", catch_response=True) as response:
                    if response.status_code == 200 and "recorded" in (response.text or ""):
                        RESULT["acknowledged"] += 1
                        response.success()
                    else:
                        RESULT["refused"] += 1
                        response.failure(f"status {response.status_code}")
            except Exception:  # a connection that broke: not acknowledged
                RESULT["errors"] += 1
            RESULT["latencies_ms"].append((time.perf_counter() - start) * 1000)
            RESULT["last"] = time.time()
        RESULT["done"] += 1
        if RESULT["done"] == len(VOLUNTEERS):
            self.environment.runner.quit()
        raise StopUser()


@events.quitting.add_listener
def write_result(environment, **_):
    latencies = sorted(RESULT["latencies_ms"])

    def percentile(p):
        return latencies[min(len(latencies) - 1, int(len(latencies) * p / 100))] if latencies else 0.0

    summary = {k: RESULT[k] for k in ("acknowledged", "refused", "errors", "done")}
    summary.update(sent=len(latencies), seconds=(RESULT["last"] or 0) - (RESULT["first"] or 0),
                   p50_ms=percentile(50), p90_ms=percentile(90), p99_ms=percentile(99), max_ms=latencies[-1] if latencies else 0.0)
    with open(os.environ["PHONES_RESULT"], "w") as f:
        json.dump(summary, f)
