#!/usr/bin/env python3
"""The board's dashboard in a real browser: Debian's headless Chromium through chromium-driver.

Plans Malmö with the built `utdelning`, reports deliveries over the last days, mints a board
link (`links board`), serves it on loopback and opens it at laptop size (1280 px) and at
400 px, saving docs/board.png and docs/board-narrow.png. Then reports more with the command
line while the page stays open and waits for the page's figures to change without a reload.

    scripts/browser-test --board   # installs chromium, chromium-driver and selenium, then runs this
"""
import datetime
import json
import pathlib
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from phone_page import DOCS, MALMO, free_port, run, start_server, stop_server  # noqa: E402


def browser(width):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", f"--window-size={width},1000"]:
        options.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def full_page(driver, path, width):
    """The whole page, not just the window: the window made as tall as the page."""
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(width, height + 120)
    time.sleep(0.8)
    driver.save_screenshot(str(path))


def main():
    work = pathlib.Path(tempfile.mkdtemp(prefix="utdelning-board-"))
    today = datetime.date.today()
    run("init", cwd=work)
    config = (work / "utdelning.yaml").read_text()
    config = config.replace("deadline: 2030-09-08", f"deadline: {today + datetime.timedelta(days=18)}")
    config = config.replace("\nassociations: []\n", "\nassociations:\n  - name: Värmland\n    contact: Karin Styrelse\n")
    (work / "utdelning.yaml").write_text(config)
    run("import", "osm", str(MALMO), cwd=work)
    run("plan", "--target-minutes", "30", cwd=work)
    (work / "people.csv").write_text("namn;förening;kapacitet;email\nAnna;Värmland;2;anna.ek@example.org\nBo;Värmland;2;bo@example.org\n")
    run("volunteers", "import", "people.csv", cwd=work)
    run("assign", cwd=work)
    areas = sorted(a["id"] for a in json.loads(run("areas", "--format", "json", cwd=work))["areas"])
    # A campaign under way: an area a day for the last days, one skip, one area half done.
    for n, area in enumerate(areas[:5]):
        run("deliver", str(area), "--all", "--by", "Anna", "--date", str(today - datetime.timedelta(days=5 - n)), cwd=work)
    run("deliver", str(areas[5]), "--skip", "1", "--reason", "locked", cwd=work)
    run("deliver", str(areas[5]), "--points", "2-3", cwd=work)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    link = json.loads(run("links", "board", "--public-url", base, "--format", "json", cwd=work))["links"][0]

    server, log = start_server(work, port)
    try:
        for width, name in [(1280, "board.png"), (400, "board-narrow.png")]:
            driver = browser(width)
            try:
                driver.get(link["url"])
                WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.querySelectorAll('#map path').length") > 0)
                time.sleep(0.5)
                full_page(driver, DOCS / name, width)
                page = driver.page_source
                assert "Anna" not in page and "example.org" not in page, "a volunteer on the board's page"
                errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
                assert not errors, errors
                if width != 1280:
                    continue
                # Live: a report from the command line reaches the open page without a reload.
                before = driver.find_element(By.ID, "percent").text
                driver.execute_script("window.stillTheSamePage = true")
                run("deliver", str(areas[6]), "--all", cwd=work)
                WebDriverWait(driver, 30).until(lambda d: d.find_element(By.ID, "percent").text != before)
                assert driver.execute_script("return window.stillTheSamePage === true"), "the page was reloaded"
                print(f"board page: {before} → {driver.find_element(By.ID, 'percent').text} without a reload")
            finally:
                driver.quit()
    finally:
        text = stop_server(server, log, work)
    assert link["url"].rsplit("/", 1)[1] not in text, "the board link's token in the server log"
    print("screenshots in docs/board.png (1280 px) and docs/board-narrow.png (400 px)")


if __name__ == "__main__":
    sys.exit(main())
