#!/usr/bin/env python3
"""The phone page in a real browser: Debian's headless Chromium through chromium-driver.

Plans a small real district (Malmö) with the built `utdelning`, gives two volunteers an
area each and a link, serves it on loopback, opens Anna's link at 390×844 (a phone), ticks
three stops and skips one, and saves screenshots under docs/. Then checks that `coverage
--format json` has exactly those reports, that SIGTERM stops the server cleanly, and that
its log holds no link's token.

    scripts/browser-test          # installs chromium, chromium-driver and selenium, then runs this
"""
import json
import os
import pathlib
import signal
import socket
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


def start_server(work, port):
    """`utdelning serve` on loopback in the district's folder, once it answers; its log in server.log."""
    log = open(work / "server.log", "w")
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

    server, log = start_server(work, port)
    try:
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]:
            options.add_argument(flag)
        options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 2}})
        done_on_page = 0
        browser = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        try:
            browser.get(anna["url"])
            browser.save_screenshot(str(DOCS / "phone-areas.png"))
            def press(selector):
                """Clicks and waits for the next page: the form posts, the server answers 303."""
                for attempt in range(3):
                    try:
                        element = WebDriverWait(browser, 10).until(expected_conditions.element_to_be_clickable((By.CSS_SELECTOR, selector)))
                        element.click()
                        break
                    except WebDriverException:  # found while the last page was still being replaced
                        time.sleep(0.2)
                WebDriverWait(browser, 10).until(expected_conditions.staleness_of(element))
                WebDriverWait(browser, 10).until(lambda b: b.execute_script("return document.readyState") == "complete")

            press("a.area")
            for _ in range(3):
                press("button.deliver")
            WebDriverWait(browser, 10).until(expected_conditions.element_to_be_clickable((By.CSS_SELECTOR, ".skip summary"))).click()
            press("button.reason[value=skip-locked]")
            done_on_page = int(browser.find_element(By.CSS_SELECTOR, ".progress strong").text.split()[0])
            time.sleep(1.0)  # the map draws after its data arrives
            browser.save_screenshot(str(DOCS / "phone-area.png"))
            browser.execute_script("document.getElementById('map').scrollIntoView()")
            time.sleep(0.3)
            browser.save_screenshot(str(DOCS / "phone-map.png"))
            errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
            assert not errors, errors
        finally:
            browser.quit()
    finally:
        text = stop_server(server, log, work)
    assert not any(t in text for t in tokens), "a token in the server log"
    assert "Anna" not in text
    coverage = json.loads(run("coverage", "--format", "json", cwd=work))
    skipped = coverage["skipped"]
    assert coverage["delivered"] == done_on_page > 0, (coverage["delivered"], done_on_page)
    assert set(k for k, v in coverage["skippedByReason"].items() if v) == {"locked"}, coverage["skippedByReason"]
    print(f"server log: {len(text.splitlines())} lines, no token; coverage delivered {coverage['delivered']}, skipped {skipped}")
    print("phone page: 3 ticks and 1 skip recorded; screenshots in docs/phone-areas.png, docs/phone-area.png, docs/phone-map.png")


if __name__ == "__main__":
    sys.exit(main())
