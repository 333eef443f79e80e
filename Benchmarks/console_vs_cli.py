#!/usr/bin/env python3
"""From upload to planned areas: the console in a real browser against the command line, same binary, same run.

Each round, on a new empty database: the command line's `import osm`, `import boundaries` and
`plan`, timed as one; then a new server with only a coordinator, and headless Chromium (selenium,
Debian's chromium-driver) logging in, uploading the extract, uploading the boundaries and choosing
the name property, all on the data page (each job followed in its form), and planning every
association from the plan form drawn there again, timed from the first upload's click to the
plan's job page showing the result (the browser's own clock). A second figure leaves out the
gaps between a page being ready and the next click reaching it (the driver polls every 250 ms),
also on the browser's clock. Rounds alternate, so load on the machine falls on both.
SERVER_LOG=FILE keeps the server's request log.

    python3 Benchmarks/console_vs_cli.py --bin .build/release/utdelning --extract Maps/neubrandenburg.osm.pbf \\
        --boundaries Maps/neubrandenburg-associations.geojson --name-property forening --config Maps/neubrandenburg.yaml --rounds 3
"""
import argparse
import json
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "Tests/Browser"))
from board_page import browser  # noqa: E402
from console_data import choose_file, drawn_marks, empty_server, ended_in_form, log_in, send_chosen, upload_form, wait  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402


def district_args(work, config):
    return ["--db", str(work / "u.sqlite")] + (["--config", str(config)] if config else [])


def by_cli(a):
    work = pathlib.Path(tempfile.mkdtemp(prefix="bench-cli-"))
    extra = district_args(work, a.config)
    start = time.monotonic()
    steps = []
    for step in (["import", "osm", str(a.extract)], ["import", "boundaries", str(a.boundaries), "--name-property", a.name_property], ["plan"]):
        begun = time.monotonic()
        subprocess.run([a.bin, *step, *extra], check=True, capture_output=True)
        steps.append(f"{step[0]} {step[1] if len(step) > 1 else ''} {time.monotonic() - begun:.2f} s")
    seconds = time.monotonic() - start
    a.jobs.append("cli: " + ", ".join(steps))
    summary = json.loads(subprocess.run([a.bin, "areas", "--format", "json", *extra], check=True, capture_output=True, text=True).stdout)["summary"]
    return seconds, summary


def shown_at(driver):
    """When the browser had the current page's last change drawn, in the epoch's seconds: the
    script's last `drawn` mark (a job's end, a question, the plan form drawn again in place),
    or the page's DOMContentLoaded."""
    return driver.execute_script(
        "var m = performance.getEntriesByName('drawn'), n = performance.getEntriesByType('navigation')[0];"
        "return (performance.timeOrigin + (m.length ? m[m.length - 1].startTime : n.domContentLoadedEventEnd)) / 1000;")


def acted_at(driver):
    """When the person's last click reached the page, in the epoch's seconds (the `acted` mark
    the page is given before its own script runs)."""
    return driver.execute_script("var m = performance.getEntriesByName('acted'); return (performance.timeOrigin + m[m.length - 1].startTime) / 1000;")


def by_browser(a):
    """Seconds from the first upload's click to the plan's result on screen: on the clock, and
    without the gaps between a page being ready and the person's next click reaching it (the
    driver's polling every 250 ms and its commands; a person's reading time), both on the
    browser's own clock, which are not the console's. Everything up to the plan happens on the
    data page, which follows each job in its form; the plan's page is drawn in place."""
    work = pathlib.Path(tempfile.mkdtemp(prefix="bench-console-"))
    extra = district_args(work, a.config)
    server, base = empty_server(a.bin, extra, open(os.environ["SERVER_LOG"], "w") if os.environ.get("SERVER_LOG") else subprocess.DEVNULL)
    driver = browser(1280)
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": "addEventListener('click', function () { performance.mark('acted'); }, true);"})
    idle = 0.0

    def acted(ready):
        """The person has clicked; the page had been ready since `ready`."""
        nonlocal idle
        idle += max(0.0, acted_at(driver) - ready)

    try:
        log_in(driver, base)
        driver.get(base + "/coordinator/data")
        # Choosing a file is the person's part, as typing a command is: the clock starts at the click.
        choose_file(driver, "osm", a.extract)
        sent = send_chosen(driver, "osm")
        start = acted_at(driver)
        state, _ = ended_in_form(driver, "osm", sent, 1800, poll=0.25)
        assert state.startswith("klart"), state
        a.jobs.append(f"osm {state} at {time.time() - start:.2f}")
        ready = shown_at(driver)
        choose_file(driver, "boundaries", a.boundaries)
        send_chosen(driver, "boundaries")
        acted(ready)
        wait(driver, 600, lambda d: upload_form(d, "boundaries").find_elements(By.CSS_SELECTOR, f"input[name=nameProperty][value='{a.name_property}']"), poll=0.25)
        ready = shown_at(driver)
        form = upload_form(driver, "boundaries")
        form.find_element(By.CSS_SELECTOR, f"input[name=nameProperty][value='{a.name_property}']").click()
        sent = drawn_marks(driver)
        form.find_element(By.TAG_NAME, "button").click()
        acted(ready)
        state, _ = ended_in_form(driver, "boundaries", sent, 1800, poll=0.25)
        assert state.startswith("klart"), state
        a.jobs.append(f"boundaries {state} at {time.time() - start:.2f}")
        # The plan form, drawn again with the associations just read: planned from there.
        ready = shown_at(driver)
        driver.find_element(By.CSS_SELECTOR, "form[action='/coordinator/plan'] button").click()
        acted(ready)
        wait(driver, 60, lambda d: "/coordinator/jobs/" in d.current_url and d.find_elements(By.ID, "job-associations"), poll=0.25)
        assert wait(driver, 3600, lambda d: d.find_elements(By.CSS_SELECTOR, "section.job[data-over=true]"), poll=0.25)
        end = shown_at(driver)
        seconds = end - start
        state = driver.find_element(By.ID, "job-state").text
        assert state.startswith("klart"), state
        a.jobs.append(f"plan {state} at {seconds:.2f}")
    finally:
        driver.quit()
        server.terminate()
        server.wait(timeout=60)
    summary = json.loads(subprocess.run([a.bin, "areas", "--format", "json", *extra], check=True, capture_output=True, text=True).stdout)["summary"]
    return seconds, seconds - idle, summary


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--bin", required=True)
    p.add_argument("--extract", type=pathlib.Path, required=True)
    p.add_argument("--boundaries", type=pathlib.Path, required=True)
    p.add_argument("--name-property", required=True)
    p.add_argument("--config", type=pathlib.Path)
    p.add_argument("--rounds", type=int, default=3)
    a = p.parse_args()
    a.extract, a.boundaries = a.extract.resolve(), a.boundaries.resolve()
    a.jobs = []
    cli, web, busy = [], [], []
    for r in range(a.rounds):
        c, cs = by_cli(a)
        w, b, ws = by_browser(a)
        assert cs == ws, ("the browser's plan differs from the command line's", cs, ws)
        cli.append(c)
        web.append(w)
        busy.append(b)
        print(f"round {r + 1}: command line {c:.2f} s, browser {w:.2f} s ({(w / c - 1) * 100:+.1f} %), "
              f"without the driver's gaps {b:.2f} s ({(b / c - 1) * 100:+.1f} %); {cs['areas']} areas; jobs: {'; '.join(a.jobs)}")
        a.jobs.clear()
    c, w, b = statistics.median(cli), statistics.median(web), statistics.median(busy)
    print(f"median: command line {c:.2f} s, browser {w:.2f} s ({(w / c - 1) * 100:+.1f} %), "
          f"without the driver's gaps {b:.2f} s: the browser adds {(b / c - 1) * 100:+.1f} %")


if __name__ == "__main__":
    main()
