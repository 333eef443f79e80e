#!/usr/bin/env python3
"""The coordinator's console in a real browser: Debian's headless Chromium through chromium-driver.

Plans Malmö with the built `utdelning`, adds a coordinator (`users add`), serves it on loopback,
logs in through the form, and opens the areas page (map and table; the map switched to
colour by balance) and one area's page at
laptop width, saving docs/console-areas.png and docs/console-area.png. On the area's page it
assigns the area to another volunteer through the list, records its returned sheet by
ticking every stop, and checks `areas --format json` and the audit page say so.

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
            driver.get(base + "/coordinator/audit")
            assert "registrerade ark" in driver.page_source and "tilldelade" in driver.page_source
            errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
            assert not errors, errors
        finally:
            driver.quit()
    finally:
        print(stop_server(server, log, work)[-400:])
    print("console: areas table, map and area page drawn; assigned through the list; a sheet recorded by hand")


if __name__ == "__main__":
    # `console_page.py 820 /tmp/tablet`: another width, the screenshots elsewhere.
    if len(sys.argv) == 3:
        main(int(sys.argv[1]), pathlib.Path(sys.argv[2]))
    else:
        main()
