"""Erasure is complete: after `volunteers forget`, the volunteer's name, e-mail and phone are
in none of the district's files. Greta is imported, assigned, given a link, ticks a stop
from her phone and reports a stop by `deliver --by` with her name; her area's sheet is
printed. Then she is forgotten while the server runs, and the database file, its
write-ahead log, a backup made afterwards, the server's log and sheets written afterwards
(their bytes and pdftotext's reading) are searched for each of her three details.

    python3 Tests/Reliability/erasure.py
"""
import json
import pathlib
import subprocess
import sys
import urllib.request

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import common  # noqa: E402

NAME, EMAIL, PHONE = "Greta Unikadottir", "greta.unikadottir@example.org", "0709876543"


def main():
    options = common.options()
    work = common.tempdir("erasure")
    common.make_district(work)
    (work / "greta.csv").write_text(f"namn;förening;kapacitet;e-post;telefon\n{NAME};Oststadt;2;{EMAIL};{PHONE}\n")
    common.run(["volunteers", "import", "greta.csv"], work)
    people = json.loads(common.run(["volunteers", "list", "--format", "json"], work)[1])
    greta = next(p for p in people if p["name"] == NAME)
    area = json.loads(common.run(["areas", "--format", "json"], work)[1])["areas"][-1]["id"]
    common.run(["assign", str(area), "--to", str(greta["id"])], work)
    port = common.free_port()
    link = next(l for l in common.links(work, port) if l.get("volunteer") == greta["id"])
    server = common.start_server(work, port)
    problems = []
    try:
        request = urllib.request.Request(f"{link['url']}/areas/{area}/report", method="POST",
                                         data=json.dumps({"version": 1, "stop": 1, "action": "delivered", "report": "erasure-tick-1"}).encode(),
                                         headers={"Content-Type": "application/json", "Accept": "application/json"})
        urllib.request.urlopen(request, timeout=30).read()
        urllib.request.urlopen(link["url"], timeout=30).read()
        common.run(["deliver", str(area), "--version", "1", "--points", "2", "--by", NAME], work)
        common.run(["sheets", "--out", "before", "--area", str(area)], work)
        code, out, err = common.run(["volunteers", "forget", str(greta["id"])], work, check=False)
        if code != 0:
            problems.append(f"forget exited {code}: {err.strip()}")
        urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30).read()
    finally:
        server.terminate()
        server.wait(timeout=30)
    common.run(["backup", "--out", "after-backup.sqlite"], work)
    common.run(["sheets", "--out", "after"], work)

    searched = {"database": work / "utdelning.sqlite", "write-ahead log": work / "utdelning.sqlite-wal",
                "backup made afterwards": work / "after-backup.sqlite", "server log": work / "server.log"}
    searched.update({f"sheet written afterwards {p.name}": p for p in sorted((work / "after").glob("*.pdf"))})
    found = []
    for what, path in searched.items():
        if not path.exists():
            continue
        data = path.read_bytes()
        if path.suffix == ".pdf":
            data += subprocess.run(["pdftotext", str(path), "-"], capture_output=True).stdout
        for detail in (NAME, EMAIL, PHONE, NAME.split()[1]):
            if detail.encode() in data or detail.encode("utf-16-le") in data:
                found.append(f"'{detail[:6]}…' in the {what}")
    before = sum(1 for p in (work / "before").glob("*.pdf") if NAME.encode() in subprocess.run(["pdftotext", str(p), "-"], capture_output=True).stdout)
    problems += found
    print(f"erasure: {len(searched)} files searched for name, e-mail and phone after `volunteers forget`: "
          f"{'nothing found' if not found else f'{len(found)} found'} (the sheet printed before forget held the name: {'yes' if before else 'no'})")
    for p in problems:
        print(f"  PROBLEM {p}")
    common.remove(work)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
