#!/usr/bin/env python3
"""The phone page in a real browser: Debian's headless Chromium through chromium-driver.

Plans a small real district (Malmö) with the built `utdelning`, gives two volunteers an
area each and a link, serves it on loopback and opens Anna's link at 390×844 (a phone).
Online it ticks three stops. Then the server goes away (the phone has no signal): it ticks
two more and skips one with a reason, the page says "3 inte skickade", and a reload still
shows the page with its queue (the service worker's copy). The server comes back on the
same database and the queue drains by itself. Checks that the database then holds exactly
those six reports, that `coverage --format json` agrees with the page, that SIGTERM stops
the server cleanly, and that its log holds no link's token. Screenshots go under docs/.

    scripts/browser-test          # installs chromium, chromium-driver and selenium, then runs this
"""
import json
import os
import pathlib
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

ROOT = pathlib.Path(__file__).resolve().parents[2]
BIN = ROOT / ".build/debug/utdelning"
MALMO = (ROOT / "../shared/data/osm/malmo.osm").resolve()
DOCS = ROOT / "docs"


def run(*args, cwd):
    out = subprocess.run([str(BIN), *args], cwd=cwd, check=True, capture_output=True, text=True)
    return out.stdout


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def first_visit(options, url, log_path):
    """What a phone new to the server downloads opening an area's link (a QR code on a sheet):
    the page, its files, its map and the offline copy the service worker keeps, summed from the
    server's log, which gives each response's bytes."""
    log_path.open("a").close()
    before = len(log_path.read_text().splitlines())
    browser = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        browser.get(url)
        WebDriverWait(browser, 30).until(lambda b: b.execute_script("return !!navigator.serviceWorker.controller"))
        WebDriverWait(browser, 30).until(lambda b: b.find_elements(By.CSS_SELECTOR, ".stop-label"))
        time.sleep(1.0)
    finally:
        browser.quit()
    lines = log_path.read_text().splitlines()[before:]
    return sum(int(m.group(1)) for m in (re.search(r" (\d+) B$", line) for line in lines) if m)


def start_server(work, port):
    """`utdelning serve` on loopback in the district's folder, once it answers; its log in server.log."""
    log = open(work / "server.log", "a")  # a restart adds to the same log
    server = subprocess.Popen([str(BIN), "serve", "--port", str(port)], cwd=work, stdout=log, stderr=subprocess.STDOUT)
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    return server, log


def stop_server(server, log, work):
    """SIGTERM, which must stop it cleanly; returns its log."""
    server.send_signal(signal.SIGTERM)
    code = server.wait(timeout=30)
    log.close()
    assert code == 0, f"server exited {code} on SIGTERM"
    return (work / "server.log").read_text()


def main():
    work = pathlib.Path(tempfile.mkdtemp(prefix="utdelning-browser-"))
    run("import", "osm", str(MALMO), cwd=work)
    run("plan", "--target-minutes", "30", cwd=work)
    (work / "people.csv").write_text("namn;förening;kapacitet\nAnna;Värmland;1\nBo;Värmland;1\n")
    run("volunteers", "import", "people.csv", cwd=work)
    # Anna gets an area of several doors, so that ticks move on from stop to stop.
    areas = json.loads(run("areas", "--format", "json", cwd=work))["areas"]
    walk = min((a for a in areas if a["deliveryPoints"] >= 8), key=lambda a: a["id"])
    people = json.loads(run("volunteers", "list", "--format", "json", cwd=work))
    anna_id = next(p["id"] for p in people if p["name"] == "Anna")
    run("assign", str(walk["id"]), "--to", str(anna_id), cwd=work)
    run("assign", cwd=work)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    links = json.loads(run("links", "--public-url", base, "--format", "json", cwd=work))
    anna = next(l for l in links["links"] if l.get("name") == "Anna")
    tokens = [l["url"].rsplit("/", 1)[1] for l in links["links"]]
    area_link = next(l for l in links["links"] if l["kind"] == "area" and l["areas"] != anna["areas"])

    server, log = start_server(work, port)
    try:
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]:
            options.add_argument(flag)
        options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 2}})
        browser = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        wait = WebDriverWait(browser, 30)
        try:
            browser.get(anna["url"])
            # The link's offline copy is kept before anything else happens.
            wait.until(lambda b: b.execute_script("return !!navigator.serviceWorker.controller"))
            browser.save_screenshot(str(DOCS / "phone-areas.png"))
            wait.until(expected_conditions.element_to_be_clickable((By.CSS_SELECTOR, "a.area"))).click()
            wait.until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "ol.stops")))
            area_url = browser.current_url

            def unsent():
                return browser.execute_script("var u = document.getElementById('unsent'); return u.hidden ? 0 : parseInt(u.textContent)")

            def tick(selector):
                shown = browser.find_element(By.CSS_SELECTOR, "#aktuell .number").text
                wait.until(expected_conditions.element_to_be_clickable((By.CSS_SELECTOR, selector))).click()
                wait.until(lambda b: b.find_element(By.CSS_SELECTOR, "#aktuell .number").text != shown, "the next stop comes up")

            for _ in range(3):
                tick("button.deliver")
                wait.until(lambda b: unsent() == 0, "sent at once, online")
            time.sleep(1.0)  # the map draws after its data arrives
            browser.save_screenshot(str(DOCS / "phone-area.png"))

            stop_server(server, log, work)  # no signal from here
            for _ in range(2):
                tick("button.deliver")
            wait.until(expected_conditions.element_to_be_clickable((By.CSS_SELECTOR, ".skip summary"))).click()
            tick("button.reason[value=skip-locked]")
            assert unsent() == 3, unsent()
            browser.get(area_url)  # reloaded with no server: the kept copy, with the queue laid over it
            wait.until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "ol.stops")))
            assert unsent() == 3, unsent()
            states = browser.execute_script("return Array.from(document.querySelectorAll('ol.stops li')).slice(0, 6).map(function (li) { return li.className; })")
            assert states == ["delivered"] * 5 + ["skipped"], states
            time.sleep(1.0)
            browser.save_screenshot(str(DOCS / "phone-offline.png"))
            done_on_page = int(browser.find_element(By.ID, "done").text)

            server, log = start_server(work, port)  # the signal is back: the queue drains by itself
            WebDriverWait(browser, 40).until(lambda b: unsent() == 0, "the queue drains")
            browser.execute_script("document.getElementById('map').scrollIntoView()")
            time.sleep(0.3)
            browser.save_screenshot(str(DOCS / "phone-map.png"))
            errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE" and "Failed to fetch" not in e["message"]
                      and "ERR_CONNECTION_REFUSED" not in e["message"]]
            assert not errors, errors
        finally:
            browser.quit()
        first_visit_bytes = first_visit(options, area_link["url"], work / "server.log")
    finally:
        text = stop_server(server, log, work)
    assert not any(t in text for t in tokens), "a token in the server log"
    assert "Anna" not in text
    with sqlite3.connect(work / "utdelning.sqlite") as db:
        reports = db.execute("SELECT outcome, reason, count(*) FROM delivery WHERE undone = 0 GROUP BY outcome, reason ORDER BY outcome").fetchall()
    assert reports == [("delivered", None, 5), ("skipped", "locked", 1)], reports
    coverage = json.loads(run("coverage", "--format", "json", cwd=work))
    skipped = coverage["skipped"]
    assert coverage["delivered"] == done_on_page > 0, (coverage["delivered"], done_on_page)
    assert set(k for k, v in coverage["skippedByReason"].items() if v) == {"locked"}, coverage["skippedByReason"]
    assert first_visit_bytes < 300_000, first_visit_bytes
    print(f"first visit to an area's link: {first_visit_bytes / 1000:.0f} kB sent, offline copy included (aim: under 300 kB)")
    print(f"server log: {len(text.splitlines())} lines, no token; coverage delivered {coverage['delivered']}, skipped {skipped}")
    print("phone page: 3 ticks online, 2 ticks and 1 skip offline, queue kept over a reload and drained: 6 records; screenshots in docs/phone-areas.png, phone-area.png, phone-offline.png, phone-map.png")


if __name__ == "__main__":
    sys.exit(main())
