"""What the reliability suite's parts share: the built binary, a small planned district made
once and copied for each case, and the checks every refusal must pass.

The district is the east half of the Neubrandenburg fixture (Tests/Fixtures), two invented
associations, 26 areas, two volunteers with links. Making it takes about a second with a
debug build; a case copies its database file (460 kB) instead of making it again.
"""
import hashlib
import json
import os
import pathlib
import shutil
import socket
import sqlite3
import subprocess
import tempfile
import time
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parents[2]
BIN = pathlib.Path(os.environ.get("UTDELNING_BIN", ROOT / ".build/debug/utdelning"))
FIXTURES = ROOT / "Tests/Fixtures"
EAST = FIXTURES / "neubrandenburg-east.osm.pbf"
WEST = FIXTURES / "neubrandenburg-west.osm.pbf"
CENTRE = FIXTURES / "neubrandenburg-centre.geojson"

VOLUNTEERS = "namn;förening;kapacitet;e-post;telefon\nAnna Ek;Oststadt;2;anna@example.org;0701234567\nBo Ek;Oststadt;1;;\n"


def run(args, cwd, timeout=600, check=True, env=None):
    """The binary with `args` in `cwd`; (exit code, stdout, stderr) as bytes decoded leniently."""
    out = subprocess.run([str(BIN), *args], cwd=cwd, capture_output=True, timeout=timeout, env=env)
    result = (out.returncode, out.stdout.decode("utf-8", "replace"), out.stderr.decode("utf-8", "replace"))
    if check and out.returncode != 0:
        raise RuntimeError(f"utdelning {' '.join(args)} exited {out.returncode}: {result[2][:500]}")
    return result


def make_district(work, plan=True):
    """The small district in `work` (utdelning.sqlite): imported, planned, two volunteers assigned."""
    work = pathlib.Path(work)
    run(["import", "osm", str(EAST)], work)
    run(["import", "boundaries", str(CENTRE), "--name-property", "namn"], work)
    if plan:
        run(["plan", "--target-minutes", "30"], work)
        (work / "people.csv").write_text(VOLUNTEERS)
        run(["volunteers", "import", "people.csv"], work)
        run(["assign"], work)
    return work / "utdelning.sqlite"


def dump(db):
    """A deterministic text of the whole database (schema and rows); an unreadable one says why."""
    try:
        con = sqlite3.connect(db)
        try:
            return "\n".join(con.iterdump())
        finally:
            con.close()
    except sqlite3.Error as error:
        return f"unreadable: {error}"


def digest(db):
    return hashlib.sha256(dump(db).encode()).hexdigest()


def file_digest(path):
    return hashlib.sha256(pathlib.Path(path).read_bytes()).hexdigest()


def integrity(db):
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        return con.execute("PRAGMA integrity_check").fetchone()[0]


def one_line_refusal(code, err):
    """None when a refusal is as promised: a non-zero exit below 128 and stderr of lines that
    each say `utdelning: …` (one line per message: a file's bad rows get a line each, at most 20),
    none longer than 2,000 characters. Else what is wrong."""
    if code < 0 or code >= 128:
        return f"crash (exit {code})"
    if code == 70:
        return "fault (exit 70)"
    lines = err.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines:
        return "no message"
    if any(not line.startswith("utdelning: ") for line in lines):
        return "raw text on stderr"
    if len(lines) > 20:
        return f"{len(lines)} lines"
    if any(len(line) > 2000 for line in lines):
        return "a line over 2,000 characters"
    return None


def options(*extra):
    """--seed and --short, which every part takes, and the part's own flags (name, help)."""
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--short", action="store_true", help="the short form scripts/test runs")
    for name, text in extra:
        parser.add_argument(name, action="store_true", help=text)
    return parser.parse_args()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(work, port, log_name="server.log"):
    """`utdelning serve` on loopback in `work`, once it answers."""
    log = open(pathlib.Path(work) / log_name, "ab")
    server = subprocess.Popen([str(BIN), "serve", "--port", str(port)], cwd=work, stdout=log, stderr=subprocess.STDOUT)
    for _ in range(300):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1)
            break
        except urllib.error.HTTPError:
            break
        except OSError:
            if server.poll() is not None:
                raise RuntimeError(f"server exited {server.returncode}")
            time.sleep(0.05)
    log.close()
    return server


def links(work, port):
    return json.loads(run(["links", "--public-url", f"http://127.0.0.1:{port}", "--format", "json"], work)[1])["links"]


def tempdir(prefix):
    return pathlib.Path(tempfile.mkdtemp(prefix=f"utdelning-{prefix}-"))


def remove(path):
    shutil.rmtree(path, ignore_errors=True)
