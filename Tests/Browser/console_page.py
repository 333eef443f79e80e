#!/usr/bin/env python3
"""The coordinator's console in a real browser: Debian's headless Chromium through chromium-driver.

Plans Malmö with the built `utdelning`, adds a coordinator (`users add`), serves it on loopback,
logs in through the form, and opens the areas page (map and table; the map switched to
colour by balance, then by volunteer) and one area's page at laptop width, saving
docs/console-areas.png, docs/console-areas-volunteer.png and docs/console-area.png. On the area's page it
assigns the area to another volunteer through the list, records its returned sheet by
ticking every stop, and checks `areas --format json` and the audit page say so. On the
volunteers' page (docs/console-volunteers.png) it edits Anna's capacity on her page
(docs/console-volunteer.png), forgets Bo after the page that asks, opens the board's report
as HTML and PDF, and reads the table in English.

    python3 Tests/Browser/console_page.py             # needs chromium, chromium-driver and selenium
    python3 Tests/Browser/console_page.py 820 /tmp    # a tablet's width, screenshots to /tmp
"""
import json
import pathlib
import subprocess
import sys
import tempfile
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from board_page import browser, full_page  # noqa: E402
from phone_page import BIN, DOCS, MALMO, free_port, run, start_server, stop_server  # noqa: E402

PASSWORD = "rätt hästbatteri"


def main(width=1280, out=DOCS):
    work = pathlib.Path(tempfile.mkdtemp(prefix="utdelning-console-"))
    run("init", cwd=work)
    run("import", "osm", str(MALMO), cwd=work)
    run("plan", "--target-minutes", "30", cwd=work)
    (work / "people.csv").write_text("namn;förening;kapacitet;email\nAnna;Värmland;3;anna.ek@example.org\nBo;Värmland;3;bo@example.org\n")
    run("volunteers", "import", "people.csv", cwd=work)
    run("assign", cwd=work)
    subprocess.run([str(BIN), "users", "add", "Cecilia", "--role", "coordinator"], cwd=work, input=PASSWORD + "\n", check=True, capture_output=True, text=True)
    listing = json.loads(run("areas", "--format", "json", cwd=work))["areas"]
    area = min(a["id"] for a in listing if a["volunteer"] is not None)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server, log = start_server(work, port)
    try:
        driver = browser(width)
        try:
            driver.get(base + "/login")
            driver.find_element(By.NAME, "name").send_keys("Cecilia")
            driver.find_element(By.NAME, "password").send_keys(PASSWORD)
            driver.find_element(By.CSS_SELECTOR, "form.login button").click()
            WebDriverWait(driver, 10).until(lambda d: "/coordinator" in d.current_url)
            driver.get(base + "/coordinator/areas")
            WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.querySelectorAll('#map path').length") > 0)
            time.sleep(0.5)
            rows = driver.find_elements(By.CSS_SELECTOR, "table.areas tbody tr")
            assert len(rows) == len(listing), (len(rows), len(listing))
            strokes = "return Array.from(new Set(Array.from(document.querySelectorAll('#map path.leaflet-interactive')).map(p => p.getAttribute('stroke')))).sort()"
            by_status = driver.execute_script(strokes)
            Select(driver.find_element(By.ID, "colour-by")).select_by_value("balance")
            by_balance = driver.execute_script(strokes)
            assert by_status != by_balance and len(by_balance) > 1, (by_status, by_balance)
            assert driver.find_element(By.CSS_SELECTOR, ".legend[data-colour=balance]").is_displayed()
            assert not driver.find_element(By.CSS_SELECTOR, ".legend[data-colour=status]").is_displayed()
            full_page(driver, out / "console-areas.png", width)
            # The third colouring: one colour per volunteer, the unassigned areas grey.
            Select(driver.find_element(By.ID, "colour-by")).select_by_value("volunteer")
            by_volunteer = driver.execute_script(strokes)
            assert driver.find_element(By.CSS_SELECTOR, ".legend[data-colour=volunteer]").is_displayed()
            fills = driver.execute_script("return Array.from(document.querySelectorAll('.legend[data-colour=volunteer] .swatch')).map(s => getComputedStyle(s).backgroundColor)")
            assert len(set(fills)) == len(fills) >= 3, fills
            assert by_volunteer != by_status and len(by_volunteer) >= 3, by_volunteer
            full_page(driver, out / "console-areas-volunteer.png", width)
            driver.set_window_size(width, 1000)
            driver.get(f"{base}/coordinator/areas/{area}")
            WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.querySelectorAll('#map .stop-label').length") > 0)
            time.sleep(0.5)
            full_page(driver, out / "console-area.png", width)
            select = Select(driver.find_element(By.ID, "volunteer"))
            current = select.first_selected_option.get_attribute("value")
            other = next(o.get_attribute("value") for o in select.options if o.get_attribute("value") != current)
            select.select_by_value(other)
            driver.find_element(By.CSS_SELECTOR, "form[action$='/assign'] button").click()
            WebDriverWait(driver, 10).until(lambda d: "Område" in d.title)
            after = {a["id"]: a["volunteer"] for a in json.loads(run("areas", "--format", "json", cwd=work))["areas"]}
            assert str(after[area]) == other, (after[area], other)
            # A returned sheet by hand: every stop ticked, at the version the form offers.
            boxes = driver.find_elements(By.CSS_SELECTOR, "form.returned input[type=checkbox]")
            for box in boxes:
                box.click()
            driver.find_element(By.CSS_SELECTOR, "form.returned button").click()
            WebDriverWait(driver, 10).until(lambda d: "Arket registrerat" in d.page_source)
            status = {a["id"]: a["status"] for a in json.loads(run("areas", "--format", "json", cwd=work))["areas"]}
            assert status[area] == "delivered", status[area]
            assert f"{len(boxes)} stopp nya" in driver.page_source
            volunteers_page(driver, base, work, width, out)
            driver.get(base + "/coordinator/audit")
            assert "registrerade ark" in driver.page_source and "tilldelade" in driver.page_source
            assert "ändrade volontär" in driver.page_source and "glömde volontär" in driver.page_source
            errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
            assert not errors, errors
        finally:
            driver.quit()
    finally:
        print(stop_server(server, log, work)[-400:])
    print("console: areas table, map (status, balance, volunteer) and area page drawn; assigned through the list; a sheet recorded by hand;"
          " a capacity edited, a person forgotten, the report opened, the table in English")


def volunteers_page(driver, base, work, width, out):
    """The volunteers' table; Anna's capacity edited through her page; Bo forgotten after the
    page that asks; the board's report from the navigation; the table in English."""
    def listed():
        return {v["name"]: v for v in json.loads(run("volunteers", "list", "--format", "json", cwd=work))}

    driver.set_window_size(width, 900)
    driver.get(base + "/coordinator/volunteers")
    rows = driver.find_elements(By.CSS_SELECTOR, "table.roster tbody tr")
    assert len(rows) == 2, len(rows)
    assert "anna.ek@example.org" not in driver.page_source, "no contact details in the table"
    full_page(driver, out / "console-volunteers.png", width)
    driver.find_element(By.LINK_TEXT, "Anna").click()
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.ID, "capacity"))
    assert "anna.ek@example.org" in driver.page_source, "her own page has her contact"
    field = driver.find_element(By.ID, "capacity")
    field.clear()
    field.send_keys("5")
    driver.find_element(By.ID, "save").click()
    WebDriverWait(driver, 10).until(lambda d: "Sparat." in d.page_source)
    assert listed()["Anna"]["capacityAreas"] == 5, listed()["Anna"]
    full_page(driver, out / "console-volunteer.png", width)
    driver.get(base + "/coordinator/volunteers")
    assert "5 områden" in driver.find_element(By.CSS_SELECTOR, "table.roster").text
    # Forgetting asks on a page of its own first.
    driver.find_element(By.LINK_TEXT, "Bo").click()
    driver.find_element(By.LINK_TEXT, "Glöm personen").click()
    WebDriverWait(driver, 10).until(lambda d: "Glömma volontären?" in d.page_source)
    assert "Bo" in listed()
    driver.find_element(By.ID, "forget").click()
    WebDriverWait(driver, 10).until(lambda d: "Volontären är glömd." in d.page_source)
    assert set(listed()) == {"Anna"}, listed()
    # The board's report, from the navigation: HTML to read, PDF to print.
    driver.find_element(By.LINK_TEXT, "HTML").click()
    WebDriverWait(driver, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "svg"))
    assert "%" in driver.find_element(By.TAG_NAME, "body").text
    driver.get(base + "/coordinator/volunteers?lang=en")
    head = driver.execute_async_script(
        "var done = arguments[0]; fetch('/coordinator/report.pdf').then(r => r.arrayBuffer()).then(b => done(String.fromCharCode.apply(null, new Uint8Array(b.slice(0, 4)))))")
    assert head == "%PDF", head
    assert driver.find_element(By.TAG_NAME, "h1").text == "Volunteers"
    assert "5 areas" in driver.find_element(By.CSS_SELECTOR, "table.roster").text
    full_page(driver, out / "console-volunteers-en.png", width)
    driver.get(base + "/coordinator/volunteers?lang=sv")


if __name__ == "__main__":
    # `console_page.py 820 /tmp/tablet`: another width, the screenshots elsewhere.
    if len(sys.argv) == 3:
        main(int(sys.argv[1]), pathlib.Path(sys.argv[2]))
    else:
        main()
