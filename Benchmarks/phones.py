#!/usr/bin/env python3
"""Two steps of Benchmarks/phones.sh.

  phones.py ticks BIN DB BASE VOLUNTEERS STOPS OUT   the ticks file: VOLUNTEERS areas of at
      least STOPS stops, each with its area link (as its sheet's QR code gives it), its first
      STOPS stops ticked, a line per tick.
  phones.py check DB RESULT_JSON TICKS             acknowledged ticks against the records.
"""
import json
import sqlite3
import subprocess
import sys


def ticks(binary, db, base, volunteers, stops, out):
    def run(*args):
        return subprocess.run([binary, *args, "--db", db], check=True, capture_output=True, text=True).stdout

    areas = json.loads(run("areas", "--format", "json"))["areas"]
    big = sorted((a for a in areas if a["deliveryPoints"] >= stops), key=lambda a: a["id"])[:volunteers]
    if len(big) < volunteers:
        sys.exit(f"only {len(big)} areas have {stops} stops or more")
    links = json.loads(run("links", "--public-url", base, "--format", "json"))["links"]
    path_of = {l["areas"][0]: l["url"][len(base):] for l in links if l["kind"] == "area"}
    # One line per tick ("PATH BODY"), dealt round the areas: every area's first stop, then
    # every area's second..., as phones out at once send them.
    with open(out, "w") as f:
        for stop in range(1, stops + 1):
            for area in big:
                body = json.dumps({"version": area["version"], "stop": stop, "action": "delivered", "report": f"load-a{area['id']}-s{stop}"}, separators=(",", ":"))
                f.write(f"{path_of[area['id']]}/areas/{area['id']}/report {body}\n")
    print(f"{volunteers} areas of {min(a['deliveryPoints'] for a in big)}–{max(a['deliveryPoints'] for a in big)} stops, {volunteers * stops} ticks")


def check(db, result_path, expected):
    result = json.load(open(result_path))
    with sqlite3.connect(db) as c:
        records = c.execute("SELECT count(*) FROM delivery").fetchone()[0]
        receipts = c.execute("SELECT count(*) FROM reportReceipt WHERE reportId LIKE 'load-%'").fetchone()[0]
        integrity = c.execute("PRAGMA integrity_check").fetchone()[0]
    rate = result["acknowledged"] / result["seconds"] if result["seconds"] else 0
    print(f"ticks sent {result['sent']} of {expected}, acknowledged {result['acknowledged']} (+{result['repeated']} repeats), "
          f"refused {result['refused']}, socket errors {result['socket_errors']}, timeouts {result['timeouts']}; "
          f"records {records}, receipts {receipts}; integrity {integrity}")
    print(f"{rate:.0f} ticks/s over {result['seconds']:.1f} s; latency p50 {result['p50_ms']:.1f} ms, p90 {result['p90_ms']:.1f} ms, "
          f"p99 {result['p99_ms']:.1f} ms, max {result['max_ms']:.1f} ms")
    # Lost: acknowledged and not in the database. A tick recorded whose answer did not come
    # back (a connection wrk closed) is not lost; more records than ticks sent would be wrong.
    lost = max(0, result["acknowledged"] - records)
    if lost or records > result["sent"] or result["refused"] or result["timeouts"] or integrity != "ok":
        sys.exit(f"FAILED: {lost} acknowledged ticks without a record, {records} records of {result['sent']} sent, {result['refused']} refused")


if __name__ == "__main__":
    if sys.argv[1] == "ticks":
        ticks(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), int(sys.argv[6]), sys.argv[7])
    else:
        check(sys.argv[2], sys.argv[3], int(sys.argv[4]))
