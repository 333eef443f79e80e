"""Seeded fuzzing through the real binary and the real server.

Every format the district reads is mutated from a valid seed (byte flips, truncations,
insertions, huge numbers, NaN, empty fields, invalid UTF-8, a 10 MB line) and given to the
command that reads it, on a copy of one small planned district. Each case must end in one
of two ways: accepted (exit 0), or refused with a non-zero exit below 128 and only
`utdelning: …` lines on stderr, the database unchanged (its bytes, else its dump). The
server's JSON and form endpoints get the same mutations as request bodies and paths; an
answer must be 2xx/3xx, or 4xx with a message, and a refused tick changes nothing.

    python3 Tests/Reliability/fuzz.py --seed 1 --cases 200 --osm-cases 40
A case is reproducible from (seed, format, number); failing inputs are kept under
out/reliability/fuzz/. One case again, its input kept there whatever the outcome:

    python3 Tests/Reliability/fuzz.py --seed 5 --formats volunteers --case 98
"""
import argparse
import http.client
import json
import multiprocessing
import pathlib
import random
import re
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.parse

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import common  # noqa: E402

KEEP = common.ROOT / "out/reliability/fuzz"

OSM_XML = """<?xml version='1.0' encoding='UTF-8'?>
<osm version="0.6" generator="utdelning-fuzz">
 <bounds minlat="53.552" minlon="13.258" maxlat="53.560" maxlon="13.270"/>
 <node id="1" lat="53.5550" lon="13.2600"/>
 <node id="2" lat="53.5550" lon="13.2620"/>
 <node id="3" lat="53.5560" lon="13.2620"/>
 <node id="4" lat="53.5560" lon="13.2600"/>
 <node id="5" lat="53.5555" lon="13.2610">
  <tag k="addr:street" v="Neutorstraße"/>
  <tag k="addr:housenumber" v="30"/>
 </node>
 <node id="6" lat="53.5540" lon="13.2590"/>
 <node id="7" lat="53.5570" lon="13.2640"/>
 <way id="10">
  <nd ref="1"/><nd ref="2"/><nd ref="3"/><nd ref="4"/><nd ref="1"/>
  <tag k="building" v="apartments"/>
  <tag k="building:levels" v="4"/>
  <tag k="building:flats" v="12"/>
 </way>
 <way id="11">
  <nd ref="6"/><nd ref="7"/>
  <tag k="highway" v="residential"/>
  <tag k="name" v="Neutorstraße"/>
 </way>
 <relation id="20">
  <member type="way" ref="10" role="outer"/>
  <tag k="type" v="multipolygon"/>
  <tag k="building" v="yes"/>
 </relation>
</osm>
"""

def yaml_seed():
    text = (common.ROOT / "Config/district.yaml").read_text()
    return "\n".join(line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")) + "\n"


# name: (file suffix, seed bytes, arguments with {f} for the file)
FORMATS = {
    "register": (".csv", "lat;lon;hushåll;gata;nummer;postnummer;ort\n53,5555;13,2610;4;Neutorstraße;30;17033;Neubrandenburg\n53,5541;13,2655;1;Pfaffenstraße;2;17033;Neubrandenburg\n", ["import", "households", "{f}"]),
    "volunteers": (".csv", "namn;förening;lat;lon;kapacitet;färdsätt;e-post;telefon\nAnna Ek;Oststadt;53,556;13,262;2;gång;anna@example.org;0701234567\nBo Ek;Oststadt;53,555;13,265;1;cykel;;\n", ["volunteers", "import", "{f}"]),
    "deliveries": (".csv", "område;version;nr;status;orsak;datum;utdelare\n1;1;1-2;x;;2026-11-20;Anna\n2;1;3;ej;låst;2026-11-21 12:00;Bo\n", ["deliveries", "import", "{f}"]),
    "totals": (".csv", "område;hushåll\nOststadt;3 000\nWeststadt;10\n", ["import", "totals", "{f}", "--regions", str(common.CENTRE), "--code-property", "namn"]),
    "geojson": (".geojson", common.CENTRE.read_text(), ["import", "boundaries", "{f}", "--name-property", "namn"]),
    "yaml": (".yaml", yaml_seed(), ["coverage", "--format", "json", "--config", "{f}"]),
    "osm-xml": (".osm", OSM_XML, ["import", "osm", "{f}"]),
    "pbf": (".osm.pbf", common.EAST.read_bytes(), ["import", "osm", "{f}"]),
}
OSM_FORMATS = {"osm-xml", "pbf"}

NUMBER = re.compile(rb"-?\d+(?:[.,]\d+)?")
HUGE = [b"1e309", b"-1e309", b"99999999999999999999999999", b"-9223372036854775809", b"9223372036854775807", b"1e-320", b"0", b"-1", b"4294967296"]
NANS = [b"NaN", b"nan", b"-nan", b"inf", b"-Infinity", b"Infinity"]
BAD_UTF8 = [b"\xff", b"\xfe\xff", b"\xc3", b"\xc0\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\x80\x80", b"\x00"]
MUTATIONS = ["flip", "truncate", "insert", "huge", "nan", "empty", "utf8", "line"]


def mutate(seed, rng, big_line_chance):
    data = bytearray(seed)
    kinds = []
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        kind = rng.choice(MUTATIONS)
        if kind == "line" and rng.random() > big_line_chance:
            kind = "insert"
        kinds.append(kind)
        pos = rng.randrange(len(data) + 1)
        if kind == "flip" and data:
            for _ in range(rng.randint(1, 8)):
                i = rng.randrange(len(data))
                data[i] ^= 1 << rng.randrange(8)
        elif kind == "truncate":
            del data[pos:]
        elif kind == "insert":
            if data and rng.random() < 0.5:
                start = rng.randrange(len(data))
                chunk = data[start:start + rng.randint(1, 200)]
            else:
                chunk = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
            data[pos:pos] = chunk
        elif kind in ("huge", "nan"):
            numbers = list(NUMBER.finditer(bytes(data)))
            if numbers:
                m = rng.choice(numbers)
                data[m.start():m.end()] = rng.choice(HUGE if kind == "huge" else NANS)
        elif kind == "empty":
            fields = [m for m in re.finditer(rb"[^;,\n\"<>=:\[\]{} ]+", bytes(data))]
            if fields:
                m = rng.choice(fields)
                del data[m.start():m.end()]
        elif kind == "utf8":
            data[pos:pos] = rng.choice(BAD_UTF8)
        elif kind == "line":
            data[pos:pos] = rng.choice([b"a", b"9", b";", b"\xc3\xa5"]) * (10 * 1024 * 1024 // 2)
    return bytes(data), kinds


def varint(data, i):
    value = shift = 0
    while True:
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, i


def encode_varint(value):
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def fields(data):
    """A protobuf message's fields as (number, wire type, value): ints for varints, bytes else."""
    i, out = 0, []
    while i < len(data):
        key, i = varint(data, i)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, i = varint(data, i)
        elif wire == 2:
            length, i = varint(data, i)
            value, i = data[i:i + length], i + length
        else:
            raise ValueError("unexpected wire type")
        out.append((number, wire, value))
    return out


def message(items):
    out = bytearray()
    for number, wire, value in items:
        out += encode_varint(number << 3 | wire)
        out += encode_varint(value) if wire == 0 else encode_varint(len(value)) + value
    return bytes(out)


def mutate_pbf_block(seed, rng):
    """A PBF whose one data block was decompressed, mutated and compressed again, framed so
    that the reader gets past zlib and into the block's contents."""
    import zlib
    blocks, i = [], 0
    while i < len(seed):
        size = int.from_bytes(seed[i:i + 4], "big")
        header = fields(seed[i + 4:i + 4 + size])
        datasize = next(v for n, w, v in header if n == 3)
        blob = seed[i + 4 + size:i + 4 + size + datasize]
        blocks.append((header, blob))
        i += 4 + size + datasize
    chosen = rng.randrange(1, len(blocks))  # not the OSMHeader
    header, blob = blocks[chosen]
    parts = fields(blob)
    raw = zlib.decompress(next(v for n, w, v in parts if n == 3))
    mutated, kinds = mutate(raw, rng, big_line_chance=0)
    blob = message([(2, 0, len(mutated)), (3, 2, zlib.compress(mutated))])
    header = [(n, w, len(blob) if n == 3 else v) for n, w, v in header]
    blocks[chosen] = (header, blob)
    out = bytearray()
    for header, blob in blocks:
        encoded = message(header)
        out += len(encoded).to_bytes(4, "big") + encoded + blob
    return bytes(out), ["block:" + "+".join(kinds)]


class Worker:
    base = None
    base_bytes = None
    base_dump = None
    work = None
    dirty = True
    keep = False


def init_worker(base, keep=False):
    Worker.keep = keep
    Worker.base = pathlib.Path(base)
    Worker.base_bytes = Worker.base.read_bytes()
    Worker.base_dump = common.digest(Worker.base)
    Worker.work = common.tempdir("fuzz-case")


def fresh_db():
    db = Worker.work / "utdelning.sqlite"
    for suffix in ("-wal", "-shm"):
        (Worker.work / f"utdelning.sqlite{suffix}").unlink(missing_ok=True)
    db.write_bytes(Worker.base_bytes)
    return db


def run_case(job):
    seed, name, number = job
    suffix, seed_text, args = FORMATS[name]
    seed_bytes = seed_text if isinstance(seed_text, bytes) else seed_text.encode()
    rng = random.Random(f"{seed}/{name}/{number}")
    if name == "pbf" and rng.random() < 0.5:
        data, kinds = mutate_pbf_block(seed_bytes, rng)
    else:
        data, kinds = mutate(seed_bytes, rng, big_line_chance=0.015)
    if Worker.dirty:
        fresh_db()
        Worker.dirty = False
    db = Worker.work / "utdelning.sqlite"
    path = Worker.work / f"input{suffix}"
    path.write_bytes(data)
    started, used = time.time(), resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        out = subprocess.run([str(common.BIN), *[a.replace("{f}", path.name) for a in args]], cwd=Worker.work,
                             capture_output=True, timeout=300)
        code, err = out.returncode, out.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        code, err = None, ""
    seconds = time.time() - started
    # The case's own CPU time beside its wall time: on a shared machine a case can wait
    # far longer than it works (a 0.06 s case once took 172 s under nice 19).
    now = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = now.ru_utime + now.ru_stime - used.ru_utime - used.ru_stime
    result = {"format": name, "case": number, "kinds": kinds, "code": code, "seconds": round(seconds, 2), "cpu": round(cpu, 2), "problem": None}
    if code is None:
        result["problem"] = "hang (over 300 s)"
        Worker.dirty = True
    elif code == 0:
        result["outcome"] = "accepted"
        Worker.dirty = True
    else:
        result["outcome"] = "refused"
        result["lines"] = err.count("\n")
        result["message"] = err.split("\n")[0][:300]
        result["problem"] = common.one_line_refusal(code, err)
        if db.read_bytes() != Worker.base_bytes and common.digest(db) != Worker.base_dump:
            result["problem"] = result["problem"] or "database changed by a refused input"
            result["dump"] = common.dump(db)[:300]
            Worker.dirty = True
    if result["problem"] or Worker.keep:
        KEEP.mkdir(parents=True, exist_ok=True)
        kept = KEEP / f"{name}-{seed}-{number}{suffix}"
        if len(data) < 2_000_000 or Worker.keep:
            kept.write_bytes(data)
        result["kept"] = str(kept.relative_to(common.ROOT))
        result["stderr"] = err[:1000]
        Worker.dirty = True
    return result


# The server: bodies and paths -------------------------------------------------------------

def delivery_rows(db):
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        return con.execute("SELECT count(*), coalesce(max(rowid), 0) FROM delivery").fetchone()


def request(port, method, path, body=b"", headers=None):
    con = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        con.request(method, path, body=body, headers=headers or {})
        response = con.getresponse()
        return response.status, response.read()
    finally:
        con.close()


def fuzz_server(seed, cases, work):
    db = work / "utdelning.sqlite"
    port = common.free_port()
    found = common.links(work, port)
    volunteer = next(l for l in found if l["kind"] == "volunteer")
    token = volunteer["url"].rsplit("/", 1)[1]
    area = volunteer["areas"][0]
    server = common.start_server(work, port)
    seeds = {
        "tick-json": (json.dumps({"version": 1, "stop": 1, "action": "delivered", "report": "fuzz-report-1", "at": 1913457600000}).encode(), "application/json"),
        "tick-form": (b"version=1&stop=2&action=skip-locked&report=fuzz-report-2", "application/x-www-form-urlencoded"),
        "login-form": (b"name=samordnare&password=hemligt&csrf=abc", "application/x-www-form-urlencoded"),
        "path": (f"/v/{token}/areas/{area}/report".encode(), "application/json"),
    }
    counts = {}
    problems = []
    try:
        for name, (seed_body, content_type) in seeds.items():
            tally = counts.setdefault(name, {"cases": 0, "2xx/3xx": 0, "4xx": 0, "problems": 0})
            for number in range(cases):
                rng = random.Random(f"{seed}/{name}/{number}")
                data, kinds = mutate(seed_body, rng, big_line_chance=0.01)
                before = delivery_rows(db)
                headers = {"Content-Type": content_type}
                if name == "path":
                    path = "/" + urllib.parse.quote(data.decode("latin-1").lstrip("/"), safe="/%?&=")[:8000]
                    body = seeds["tick-json"][0]
                elif name == "login-form":
                    path, body = "/login", data
                    headers["Cookie"] = "utdelning_login=abc"
                else:
                    path, body = f"/v/{token}/areas/{area}/report", data
                    if name == "tick-json":
                        headers["Accept"] = "application/json"
                problem = None
                try:
                    status, answer = request(port, "POST", path, body, headers)
                except (OSError, http.client.HTTPException) as error:
                    status, answer = None, b""
                    if server.poll() is not None:
                        problem = f"server died (exit {server.returncode})"
                        server = common.start_server(work, port)
                    elif len(body) < 1_000_000:
                        problem = f"no answer: {error}"
                tally["cases"] += 1
                if status is not None:
                    if status < 400:
                        tally["2xx/3xx"] += 1
                    elif status < 500:
                        tally["4xx"] += 1
                        if not answer.strip():
                            problem = f"{status} with an empty body"
                        elif delivery_rows(db) != before:
                            problem = f"{status} but the deliveries changed"
                    else:
                        problem = f"HTTP {status}: {answer[:200]!r}"
                if problem:
                    tally["problems"] += 1
                    problems.append({"format": name, "case": number, "kinds": kinds, "problem": problem, "path": path[:200], "body": body[:300].decode("latin-1")})
        if server.poll() is not None:
            problems.append({"format": "server", "problem": f"server died (exit {server.returncode})"})
    finally:
        if server.poll() is None:
            server.terminate()
            server.wait(timeout=30)
    log = (work / "server.log").read_text(errors="replace")
    if token in log:
        problems.append({"format": "server", "problem": "a token in the server log"})
    return counts, problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cases", type=int, default=200, help="cases per file format")
    parser.add_argument("--osm-cases", type=int, default=None, help="cases for OSM XML and PBF (default: --cases)")
    parser.add_argument("--server-cases", type=int, default=None, help="cases per server endpoint (default: --cases)")
    parser.add_argument("--formats", default=",".join(FORMATS) + ",server")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--json", help="write the figures here")
    parser.add_argument("--case", type=int, help="only this case of each chosen file format, its input kept")
    options = parser.parse_args()
    chosen = options.formats.split(",")
    osm_cases = options.cases if options.osm_cases is None else options.osm_cases
    server_cases = options.cases if options.server_cases is None else options.server_cases

    base_dir = common.tempdir("fuzz-base")
    base = common.make_district(base_dir)
    started = time.time()
    jobs = [(options.seed, name, n) for name in FORMATS if name in chosen for n in range(osm_cases if name in OSM_FORMATS else options.cases)]
    if options.case is not None:
        jobs = [(options.seed, name, options.case) for name in FORMATS if name in chosen]
    figures = {}
    problems = []

    def save(finished):
        """The figures so far, so that a run stopped (SIGTERM, Ctrl-C) still says what ran."""
        if options.json:
            pathlib.Path(options.json).write_text(json.dumps({"seed": options.seed, "finished": finished, "seconds": round(time.time() - started),
                                                              "figures": figures, "problems": problems}, indent=1, default=str))

    def interrupted(*_):
        raise KeyboardInterrupt

    stopped = False
    try:
        with multiprocessing.Pool(options.workers, initializer=init_worker, initargs=(str(base), options.case is not None)) as pool:
            signal.signal(signal.SIGTERM, interrupted)  # the workers, forked already, keep the default
            for done, result in enumerate(pool.imap_unordered(run_case, jobs, chunksize=4), 1):
                tally = figures.setdefault(result["format"], {"cases": 0, "accepted": 0, "refused": 0, "multi-line": 0, "problems": 0,
                                                              "slowest s": 0, "slowest case": "", "most cpu s": 0, "most cpu case": "", "cpu s": 0})
                tally["cases"] += 1
                tally["cpu s"] = round(tally["cpu s"] + result["cpu"], 2)
                label = f"{result['case']} {'+'.join(result['kinds'])} ({result['seconds']} s, cpu {result['cpu']} s)"
                if result["seconds"] > tally["slowest s"]:
                    tally["slowest s"], tally["slowest case"] = result["seconds"], label
                if result["cpu"] > tally["most cpu s"]:
                    tally["most cpu s"], tally["most cpu case"] = result["cpu"], label
                if result.get("outcome"):
                    tally[result["outcome"]] += 1
                if result.get("lines", 0) > 1:
                    tally["multi-line"] += 1
                if result["problem"]:
                    tally["problems"] += 1
                    problems.append(result)
                if done % 500 == 0:
                    save(False)
    except KeyboardInterrupt:
        stopped = True
    if "server" in chosen and not stopped:
        work = common.tempdir("fuzz-server")
        shutil.copy(base, work / "utdelning.sqlite")
        counts, server_problems = fuzz_server(options.seed, server_cases, work)
        figures.update(counts)
        problems += server_problems
        common.remove(work)
    common.remove(base_dir)

    print(f"fuzz, seed {options.seed}: {sum(t['cases'] for t in figures.values())} cases in {time.time() - started:.0f} s"
          + (" (STOPPED before the end: not finished)" if stopped else ""))
    for name, tally in figures.items():
        print(f"  {name:11} " + ", ".join(f"{k} {v}" for k, v in tally.items()))
    kinds = {}
    for p in problems:
        kinds.setdefault((p["format"], p["problem"].split(" (")[0].split(":")[0]), []).append(p)
    for (name, kind), found in sorted(kinds.items()):
        example = found[0]
        print(f"  PROBLEM {name}: {kind} ×{len(found)}, e.g. case {example.get('case')} {example.get('kinds')} {example.get('kept', '')} {example.get('stderr', example.get('body', ''))[:300]!r}")
    save(not stopped)
    return 1 if problems else 2 if stopped else 0


if __name__ == "__main__":
    sys.exit(main())
