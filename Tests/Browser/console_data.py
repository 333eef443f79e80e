#!/usr/bin/env python3
"""The whole plan run from a browser, from an empty server: Debian's headless Chromium through chromium-driver.

A server with nothing but a coordinator (`users add`), the demo's configuration and files
(Maps/: Neubrandenburg, © OpenStreetMap contributors). Through the console's forms: log in,
upload the extract (docs/console-upload-progress.png while it is read, followed in its form
on the data page), upload a truncated copy of it (one line shown in the form, the database
unchanged), upload the boundaries and choose the property that names the associations in the
same form (docs/console-boundaries-choose.png; the plan form drawn again after it,
docs/console-boundaries-done.png), upload the volunteers, plan every association
(docs/console-plan-progress.png while it runs, docs/console-plan-done.png at the end; the
summary equals `areas --format json`), run the automatic assign, download one association's
sheets (a PDF that pdftotext reads), record one returned sheet by hand, and open the board,
whose figure must equal `coverage --format json`.

    python3 Tests/Browser/console_data.py            # needs chromium, chromium-driver and selenium
    python3 Tests/Browser/console_data.py /tmp/shots # screenshots elsewhere

UTDELNING_BIN picks another binary (a release build for Benchmarks/console-vs-cli.sh).
"""
import base64
import hashlib
import json
import os
import pathlib
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request

from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from board_page import browser, full_page  # noqa: E402
from phone_page import DOCS, ROOT, free_port  # noqa: E402

BIN = pathlib.Path(os.environ.get("UTDELNING_BIN", ROOT / ".build/debug/utdelning"))
MAPS = ROOT / "Maps"
PASSWORD = "rätt hästbatteri"
# A debug build plans the demo's 10,000 points in a few minutes on two cores.
PLAN_SECONDS = 900


def cli(work, *args):
    done = subprocess.run([str(BIN), *args, "--db", str(work / "u.sqlite"), "--config", str(MAPS / "neubrandenburg.yaml")],
                          check=True, capture_output=True, text=True)
    return done.stdout


def dump(work):
    """Every row of the tables an import writes, hashed: equal before and after a refused file."""
    with sqlite3.connect(work / "u.sqlite") as db:
        digest = hashlib.sha256()
        for table in ["deliveryPoint", "dataset", "building", "mapWay", "association", "boundary", "volunteer", "area"]:
            for row in db.execute(f"SELECT * FROM {table} ORDER BY 1"):
                digest.update(repr(row).encode())
        return digest.hexdigest()


def wait(driver, seconds, condition, poll=0.5):
    """Until `condition(driver)`; a job's page reloads itself, so an element may go stale meanwhile."""
    return WebDriverWait(driver, seconds, poll_frequency=poll, ignored_exceptions=[StaleElementReferenceException]).until(condition)


def empty_server(binary, district, log):
    """A server on a database with nothing but a coordinator, samordnare; its address once it answers."""
    subprocess.run([str(binary), "users", "add", "samordnare", "--role", "coordinator", *district], input=PASSWORD + "\n", check=True, capture_output=True, text=True)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([str(binary), "serve", "--port", str(port), *district], stdout=log, stderr=subprocess.STDOUT)
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    return server, base


def log_in(driver, base):
    driver.get(base + "/login")
    driver.find_element(By.NAME, "name").send_keys("samordnare")
    driver.find_element(By.NAME, "password").send_keys(PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "form.login button").click()
    wait(driver, 10, lambda d: "/coordinator" in d.current_url, poll=0.1)


def upload_form(driver, kind):
    return driver.find_element(By.CSS_SELECTOR, f"form[action='/coordinator/upload/{kind}']")


def choose_file(driver, kind, path):
    upload_form(driver, kind).find_element(By.CSS_SELECTOR, "input[type=file]").send_keys(str(path))


def send_chosen(driver, kind):
    """Sends the file chosen in `kind`'s form; the page stays. How many changes the page had
    drawn before (for `ended_in_form`)."""
    before = drawn_marks(driver)
    upload_form(driver, kind).find_element(By.TAG_NAME, "button").click()
    return before


def send(driver, kind, path):
    """The data page's form for `kind`, its file chosen and sent."""
    choose_file(driver, kind, path)
    return send_chosen(driver, kind)


def drawn_marks(driver):
    """How many times the page's script has drawn a change in place."""
    return driver.execute_script("return performance.getEntriesByName('drawn').length;")


def ended_in_form(driver, kind, before, timeout, poll=0.5):
    """Waits until the job sent from `kind`'s form has ended and the page around it is drawn
    again (the plan form, the jobs) after the `before`th change; the job's state in words and
    its page's address."""
    status = lambda d: upload_form(d, kind).find_element(By.CSS_SELECTOR, ".status")
    wait(driver, timeout, lambda d: status(d).get_attribute("data-state") in ("done", "failed") and drawn_marks(d) > before, poll=poll)
    link = status(driver).find_element(By.TAG_NAME, "a")
    return link.text, link.get_attribute("href")


def finished(driver, timeout, poll=0.5):
    """Waits on a job's page (it follows its job by itself) until the job has ended; its state."""
    wait(driver, timeout, lambda d: d.find_elements(By.CSS_SELECTOR, "section.job[data-over=true]"), poll=poll)
    return driver.find_element(By.ID, "job-state").text


def timed(label, start, timings):
    timings[label] = round(time.monotonic() - start, 2)


def main(out=DOCS):
    work = pathlib.Path(tempfile.mkdtemp(prefix="utdelning-console-data-"))
    log = open(work / "server.log", "w")
    server, base = empty_server(BIN, ["--db", str(work / "u.sqlite"), "--config", str(MAPS / "neubrandenburg.yaml")], log)
    timings = {}
    try:
        driver = browser(1280)
        try:
            log_in(driver, base)
            driver.get(base + "/coordinator/data")
            assert driver.find_element(By.TAG_NAME, "h1").text == "Data och planering"
            full_page(driver, out / "console-data.png", 1280)
            driver.set_window_size(1280, 900)

            # The extract: its form follows the reading, then links the report; no page between.
            start = time.monotonic()
            sent = send(driver, "osm", MAPS / "neubrandenburg.osm.pbf")
            status = lambda d, kind: upload_form(d, kind).find_element(By.CSS_SELECTOR, ".status")
            wait(driver, 60, poll=0.2, condition=lambda d: "objekt lästa" in status(d, "osm").text or status(d, "osm").get_attribute("data-state"))
            driver.save_screenshot(str(out / "console-upload-progress.png"))
            state, job = ended_in_form(driver, "osm", sent, 300)
            assert state.startswith("klart"), state
            assert "/coordinator/data" in driver.current_url
            timed("extract", start, timings)
            # Planning the one association there is without boundaries is offered at once.
            assert driver.find_elements(By.CSS_SELECTOR, "section.plan form[action='/coordinator/plan']")
            driver.get(job)
            report = driver.find_element(By.CSS_SELECTOR, "pre.report").text
            assert report.startswith("imported neubrandenburg.osm.pbf:") and "delivery points from" in report, report[:300]

            # A truncated extract: one line in its form, naming the file; nothing changed.
            before = dump(work)
            whole = (MAPS / "neubrandenburg.osm.pbf").read_bytes()
            cut = work / "halb.osm.pbf"
            cut.write_bytes(whole[: len(whole) // 2])
            driver.get(base + "/coordinator/data")
            sent = send(driver, "osm", cut)
            assert ended_in_form(driver, "osm", sent, 120)[0].startswith("misslyckades")
            line = upload_form(driver, "osm").find_element(By.CSS_SELECTOR, "output.refused").text
            first, note = line.split("\n")
            assert first.startswith("halb.osm.pbf") and ".uploads" not in first and note == "Ingenting ändrades i databasen.", line
            assert driver.find_elements(By.CSS_SELECTOR, "section.jobs tr.failed")
            assert dump(work) == before, "a refused file changed the database"

            # The boundaries: the property that names the association is asked in the form, from the file's own.
            start = time.monotonic()
            send(driver, "boundaries", MAPS / "neubrandenburg-associations.geojson")
            wait(driver, 60, lambda d: upload_form(d, "boundaries").find_elements(By.CSS_SELECTOR, "input[name=nameProperty]"), poll=0.2)
            form = upload_form(driver, "boundaries")
            assert "Vilken egenskap" in form.find_element(By.TAG_NAME, "legend").text
            chosen = form.find_element(By.CSS_SELECTOR, "input[name=nameProperty]:checked").get_attribute("value")
            assert chosen == "forening", chosen
            full_page(driver, out / "console-boundaries-choose.png", 1280)
            driver.set_window_size(1280, 900)
            sent = drawn_marks(driver)
            form.find_element(By.TAG_NAME, "button").click()
            state, job = ended_in_form(driver, "boundaries", sent, 120)
            assert state.startswith("klart"), state
            timed("boundaries", start, timings)
            # The plan form is drawn again with the associations just read, as the next step.
            options = [o.text for o in driver.find_elements(By.CSS_SELECTOR, "section.plan select[name=association] option")]
            assert len(options) == 8 and "Blankenhof" in options, options
            full_page(driver, out / "console-boundaries-done.png", 1280)
            driver.set_window_size(1280, 900)
            driver.get(job)
            assert "7 associations" in driver.find_element(By.CSS_SELECTOR, "pre.report").text

            start = time.monotonic()
            driver.get(base + "/coordinator/data")
            sent = send(driver, "volunteers", MAPS / "neubrandenburg-volunteers.csv")
            assert ended_in_form(driver, "volunteers", sent, 120)[0].startswith("klart")
            timed("volunteers", start, timings)

            # Plan every association: progress per association, then the summary.
            start = time.monotonic()
            driver.find_element(By.CSS_SELECTOR, "form[action='/coordinator/plan'] button").click()
            wait(driver, 60, poll=0.2, condition=lambda d: len(d.find_elements(By.CSS_SELECTOR, "#job-associations li")) == 7 or d.find_elements(By.CSS_SELECTOR, "section.job[data-over=true]"))
            wait(driver, PLAN_SECONDS, lambda d: any(re.search(r": \d+ områden?$", li.text) for li in d.find_elements(By.CSS_SELECTOR, "#job-associations li")) or d.find_elements(By.CSS_SELECTOR, "section.job[data-over=true]"))
            driver.save_screenshot(str(out / "console-plan-progress.png"))
            assert finished(driver, PLAN_SECONDS).startswith("klart"), driver.find_element(By.ID, "job-state").text
            timed("plan", start, timings)
            # The plan's page was drawn in place of the data page: no navigation, no reload.
            loaded = driver.execute_script("var n = performance.getEntriesByType('navigation')[0]; return [n.name, n.type];")
            assert loaded[0].endswith("/coordinator/data") and loaded[1] == "navigate" and "/coordinator/jobs/" in driver.current_url, loaded
            figures = {row.find_element(By.TAG_NAME, "th").text: row.find_element(By.TAG_NAME, "td").text for row in driver.find_elements(By.CSS_SELECTOR, "table.figures tr")}
            summary = json.loads(cli(work, "areas", "--format", "json"))["summary"]
            assert figures["Områden"].replace("\u00a0", " ") == f"{summary['areas']:,}".replace(",", " "), (figures, summary)
            assert figures["Inom toleransen för målet"].split(" / ")[0].replace("\u00a0", " ") == f"{summary['withinTolerance']:,}".replace(",", " "), figures
            full_page(driver, out / "console-plan-done.png", 1280)

            # Assign automatically, then one association's sheets as a PDF that pdftotext reads.
            driver.set_window_size(1280, 900)
            driver.get(base + "/coordinator/areas")
            driver.find_element(By.CSS_SELECTOR, "form[action='/coordinator/assign'] button").click()
            WebDriverWait(driver, 120).until(lambda d: "Automatisk tilldelning" in d.page_source)
            assignments = json.loads(cli(work, "assignments", "--format", "json"))["assignments"]
            assert assignments, "assign gave no area a volunteer"
            pdf = driver.execute_async_script("""
                var done = arguments[0];
                fetch('/coordinator/sheets.pdf?association=Blankenhof').then(r => r.arrayBuffer()).then(b => {
                  var s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); });""")
            sheets = work / "blankenhof.pdf"
            sheets.write_bytes(base64.b64decode(pdf))
            text = subprocess.run(["pdftotext", str(sheets), "-"], check=True, capture_output=True, text=True).stdout
            assert "Blankenhof" in text, text[:300]

            # One returned sheet by hand: an assigned area of Blankenhof, every stop ticked.
            areas = json.loads(cli(work, "areas", "--association", "Blankenhof", "--format", "json"))["areas"]
            area = min(a["id"] for a in areas)
            driver.get(f"{base}/coordinator/areas/{area}")
            boxes = driver.find_elements(By.CSS_SELECTOR, "form.returned input[type=checkbox]")
            for box in boxes:
                box.click()
            driver.find_element(By.CSS_SELECTOR, "form.returned button").click()
            WebDriverWait(driver, 30).until(lambda d: "Arket registrerat" in d.page_source)

            # The board's figure is the command line's coverage.
            coverage = json.loads(cli(work, "coverage", "--format", "json"))
            driver.get(base + "/board")
            shown = driver.find_element(By.ID, "figures").text.replace("\u00a0", " ")
            expected = f"{coverage['delivered']:,} av {coverage['households']:,} hushåll".replace(",", " ")
            assert shown == expected and coverage["delivered"] > 0, (shown, expected)

            driver.get(base + "/coordinator/data?lang=en")
            assert driver.find_element(By.TAG_NAME, "h1").text == "Data and planning"
            driver.get(base + "/coordinator/data?lang=sv")
            errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
            assert not errors, errors
        finally:
            driver.quit()
    finally:
        server.terminate()
        assert server.wait(timeout=30) == 0
        log.close()
    print("console data: from an empty server, the extract, boundaries and volunteers uploaded, a truncated extract refused with"
          f" nothing changed, planned, assigned, sheets read by pdftotext, a sheet recorded, the board = coverage; seconds: {json.dumps(timings)}")


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]) if len(sys.argv) == 2 else DOCS)
