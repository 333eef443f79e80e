"""Hostile text through the coordinator's console: a coordinator (itself named with a script
tag, quotes and a right-to-left mark, made by `utdelning users add`) logs in through the form,
makes changes by hand (lock, assign, a returned sheet) so that the audit names them, and
reads every page the console has: the areas table (filtered by the hostile association and
sorted), every area's page and map.json, the volunteers' table, every person's page and its
forget page, the audit, the print run (and its CSV), the report as HTML, and one
association's sheets. Each must answer 200, hold no markup of the names (parsed, not only
searched), show them as text, and the server must live through it. Used by hostile.py.
"""
import csv
import html.parser
import http.cookiejar
import io
import json
import re
import subprocess
import time
import urllib.parse
import urllib.request

import common

COORDINATOR = "<script>alert(2)</script> \"Sam\" 'O\u200frdförare'"
PASSWORD = "rätt hästbatteri häftklammer"
NAME_ATTRIBUTE = re.compile(r"[a-z][a-z0-9-]*(:[a-z][a-z0-9-]*)?")  # xlink:href in the report's inline SVG


class Page(html.parser.HTMLParser):
    """What the browser would build: its elements, attributes, inline scripts and text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.attributes, self.scripts, self.text = [], [], [], []
        self.forms, self._in_script, self._form = [], False, None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes += [(name, value or "") for name, value in attrs]
        self._in_script = tag == "script"
        values = dict(attrs)
        if tag == "form":
            self._form = {"action": values.get("action", ""), "fields": {}}
            self.forms.append(self._form)
        elif tag == "input" and self._form is not None and values.get("type") != "checkbox":
            self._form["fields"][values.get("name", "")] = values.get("value", "")
        elif tag == "option" and self._form is not None:
            self._form.setdefault("options", []).append(values.get("value", ""))

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False
        if tag == "form":
            self._form = None

    def handle_data(self, data):
        (self.scripts if self._in_script else self.text).append(data)


def parse(body):
    page = Page()
    page.feed(body)
    return page


def session(base, name, password):
    """An opener holding a coordinator's session, logged in through the form as a browser would."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    login = parse(opener.open(base + "/login", timeout=30).read().decode())
    form = next(f for f in login.forms if "csrf" in f["fields"])
    data = urllib.parse.urlencode({"name": name, "password": password, "csrf": form["fields"]["csrf"]}).encode()
    landed = opener.open(base + "/login", data=data, timeout=60)
    if "/login" in landed.geturl():
        raise RuntimeError("the coordinator could not log in")
    return opener


def fetch(opener, url, data=None):
    try:
        answer = opener.open(url, data=data, timeout=60)
        return answer.status, answer.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def check(work, port, hostile, expect, seen):
    """Adds the coordinator, serves `work` and reads every console page; `hostile` are the
    names that must stay text (the script, the SQL, the long one, the association)."""
    subprocess.run([str(common.BIN), "users", "add", COORDINATOR, "--role", "coordinator"], cwd=work,
                   input=PASSWORD + "\n", capture_output=True, text=True, check=True)
    base = f"http://127.0.0.1:{port}"
    server = common.start_server(work, port, log_name="console.log")
    try:
        opener = session(base, COORDINATOR, PASSWORD)
        areas = json.loads(common.run(["areas", "--format", "json"], work)[1])["areas"]
        people = json.loads(common.run(["volunteers", "list", "--format", "json"], work)[1])
        people = people["volunteers"] if isinstance(people, dict) else people
        association = urllib.parse.quote(areas[0]["association"])
        changed = change_by_hand(opener, base, areas, expect)
        jobs = upload(opener, base, hostile, areas[0]["association"], expect)
        listed = common.run(["volunteers", "list", "--format", "json"], work)[1]
        expect(all(json.dumps(h + " upp", ensure_ascii=False)[1:-1] in listed for h in hostile if len(h) < 200),
               "console: the uploaded hostile names are imported as written")
        pages = jobs + [
            "/coordinator/areas", f"/coordinator/areas?association={association}&sort=volunteer&order=desc",
            "/coordinator/volunteers", "/coordinator/audit", "/coordinator/printrun", "/coordinator/report.html", "/coordinator/data",
        ]
        pages += [f"/coordinator/areas/{a['id']}" for a in areas] + [f"/coordinator/areas/{a['id']}/map.json" for a in areas]
        pages += [f"/coordinator/volunteers/{p['id']}" for p in people] + [f"/coordinator/volunteers/{p['id']}/forget" for p in people]
        shown = set()
        for path in pages:
            status, body = fetch(opener, base + path)
            kind = re.sub(r"/\d+", "/N", path.split("?")[0]) + ("?association" if "?" in path else "")
            expect(status == 200, f"console {kind}: 200 (got {status})")
            text = body.decode()
            if path.endswith(".json"):
                json.loads(text)
                shown |= {h for h in hostile if h in text}
                continue
            expect(inert(text), f"console {kind}: the names are text, no markup of theirs")
            page = parse(text)
            shown |= {h for h in hostile + [COORDINATOR] if h in "".join(page.text) or any(h in v for _, v in page.attributes)}
        expect(changed >= 3, f"console changes by hand made ({changed} of 3)")
        expect(set(hostile) | {COORDINATOR} <= shown, f"every hostile name shown as written somewhere ({len(shown)} of {len(hostile) + 1})")
        status, body = fetch(opener, base + "/coordinator/printrun.csv")
        rows = list(csv.reader(io.StringIO(body.decode().lstrip("\ufeff")), delimiter=";"))
        risky = [c for r in rows for c in r if c[:1] in ("=", "+", "-", "@", "\t", "\r") and not re.fullmatch(r"-?[\d ,.%]+", c)]
        expect(status == 200 and not risky, f"console printrun.csv: no formula cells {risky[:2]}")
        status, body = fetch(opener, f"{base}/coordinator/sheets.pdf?association={association}")
        expect(status == 200 and body.startswith(b"%PDF"), "console sheets.pdf of the hostile association")
        expect(server.poll() is None, "the server lives through the console's pages")
        log = (work / "console.log").read_text(errors="replace")
        expect(PASSWORD not in log, "the password is not in the server's log")
    finally:
        server.terminate()
        server.wait(timeout=30)


def inert(text):
    """No hostile markup: no element, attribute or inline script made of a name."""
    page = parse(text)
    return ("<script>alert(" not in text and "<b>& Co</b>" not in text and "b" not in page.tags
            and not any("alert(" in s for s in page.scripts)
            and all(NAME_ATTRIBUTE.fullmatch(name) and not name.startswith("on") for name, _ in page.attributes))


def upload(opener, base, hostile, association, expect):
    """Volunteers uploaded through the data page under a file name with a script tag: one
    file of hostile names (imported), one with a terminal's escape in a name (refused, the
    job's message not echoing it). The job pages' paths, once each job has ended."""
    page = parse(fetch(opener, base + "/coordinator/data")[1].decode())
    form = next(f for f in page.forms if f["action"].endswith("/upload/volunteers"))
    names = [h for h in hostile if len(h) < 200 and "\n" not in h]
    files = {"<script>alert(3)</script> \"x\".csv": "namn;förening;kapacitet\n" + "".join(f"\"{n.replace(chr(34), chr(34) * 2)} upp\";\"{association}\";1\n" for n in names),
             "<b>kontroll</b>.csv": f"namn;förening;kapacitet\nKon\x1b[31mtroll;\"{association}\";1\n"}
    paths = []
    for name, text in files.items():
        boundary = "----hostile-upload"
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{form['fields'].get('csrf', '')}\r\n"
                f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name.replace(chr(34), '%22')}\"\r\n"
                f"Content-Type: text/csv\r\n\r\n{text}\r\n--{boundary}--\r\n").encode()
        request = urllib.request.Request(base + form["action"], data=body, headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
        try:
            answer = opener.open(request, timeout=60)
            status, landed, job = answer.status, answer.geturl(), answer.read().decode()
        except urllib.error.HTTPError as error:
            status, landed, job = error.code, "", error.read().decode()
        expect(status == 200 and "/coordinator/jobs/" in landed, f"console upload of volunteers answers with its job (got {status})")
        if "/coordinator/jobs/" not in landed:
            continue
        path = urllib.parse.urlparse(landed).path
        for _ in range(100):
            if json.loads(fetch(opener, base + path + "/progress.json")[1].decode()).get("over"):
                break
            time.sleep(0.1)
        final = fetch(opener, base + path)[1].decode()
        expect("\x1b" not in final and inert(final), f"console job page of {name[:12]}…: no markup, no control character")
        if "kontroll" in name:
            expect("U+001B" in final, "console: the upload with a terminal's escape fails naming the code point")
        paths.append(path)
    return paths


def change_by_hand(opener, base, areas, expect):
    """Lock an area, assign one to the first volunteer offered, tick a returned sheet's first
    stop: each through the area page's own form, so that the audit names the changes."""
    done = 0
    for action, area in (("lock", areas[0]), ("assign", areas[-1]), ("deliver", areas[-1])):
        page = parse(fetch(opener, f"{base}/coordinator/areas/{area['id']}")[1].decode())
        form = next((f for f in page.forms if f["action"].endswith("/" + action)), None)
        if form is None:
            continue
        fields = dict(form["fields"])
        if action == "assign" and form.get("options"):
            fields["volunteer"] = form["options"][-1]
        if action == "deliver":
            fields.update({"stops[]": "1", "version": "1"})
        status, _ = fetch(opener, base + form["action"], urllib.parse.urlencode(fields).encode())
        expect(status in (200, 303), f"console {action} by hand answers (got {status})")
        done += status in (200, 303)
    return done
