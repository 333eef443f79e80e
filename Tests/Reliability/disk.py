"""A full disk, a file-size limit and read-only media: one line, the right exit, nothing lost.

On a tmpfs only a little larger than the district's database (mounted here; needs root),
`import osm` and `plan --fresh` must exit 74 with one line, leave the database as it was
(its dump) with integrity ok, and leave no write-ahead log that grows run after run;
`report`, `sheets`, `map` and `export geojson` must exit 73 with one line and leave no file,
empty or cut off. Under `ulimit -f` nothing dies of SIGXFSZ. On a read-only mount, a write
exits 74 with one line and reads still answer.

    python3 Tests/Reliability/disk.py [--short]
"""
import os
import pathlib
import resource
import shutil
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import common  # noqa: E402

WRITES = [("import osm", ["import", "osm", str(common.WEST)]), ("plan --fresh", ["plan", "--fresh", "--target-minutes", "20"])]
OUTPUTS = [("report", ["report", "--out", "r.pdf"]), ("sheets", ["sheets", "--out", "sheets"]), ("map", ["map", "--out", "m.png"]),
           ("export geojson", ["export", "geojson", "--out", "plan.geojson"])]


def mount(point, size_kb, options=""):
    point.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k{options}", "tmpfs", str(point)], capture_output=True)
    return done.returncode == 0


def unmount(point):
    subprocess.run(["umount", str(point)], capture_output=True)


def left_files(folder, before):
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file() and p.name not in before)


def main():
    options = common.options()
    base_dir = common.tempdir("disk-base")
    base = common.make_district(base_dir)
    common.run(["coverage"], base_dir)  # the database as it rests
    base_dump = common.dump(base)
    problems, lines = [], []

    def check(what, code, err, want, folder=None, before=()):
        problem = common.one_line_refusal(code, err) if code != 0 else "accepted"
        if not problem and code != want:
            problem = f"exit {code}, expected {want}"
        if folder is not None:
            left = [f for f in left_files(folder, before) if not f.startswith("utdelning.sqlite")]
            if left:
                problem = (problem or "") + f" left {left}"
        lines.append(f"  {what}: exit {code}: {err.strip()[:160]}" + (f"  PROBLEM {problem}" if problem else ""))
        if problem:
            problems.append(f"{what}: {problem}")

    point = common.tempdir("disk-full") / "tiny"
    size_kb = base.stat().st_size // 1024 + 120
    if mount(point, size_kb):
        try:
            for what, args in WRITES + OUTPUTS:
                for p in point.iterdir():
                    shutil.rmtree(p) if p.is_dir() else p.unlink()
                shutil.copy(base, point / "utdelning.sqlite")
                shutil.copy(common.WEST, point / "pad")  # fills the rest
                free = shutil.disk_usage(point).free
                (point / "pad").write_bytes(b"\0" * max(0, free - (200 if what in dict(OUTPUTS) else 8) * 1024))
                if what in dict(OUTPUTS):
                    # Room for the database's own files, not for the output.
                    (point / "pad").write_bytes(b"\0" * max(0, shutil.disk_usage(point).free + (point / "pad").stat().st_size - 40 * 1024))
                before = {p.name for p in point.rglob("*")}
                code, _, err = common.run(args, point, check=False)
                wal = point / "utdelning.sqlite-wal"
                first_wal = wal.stat().st_size if wal.exists() else 0
                code2, _, _ = common.run(args, point, check=False)
                second_wal = wal.stat().st_size if wal.exists() else 0
                check(f"full disk, {what}", code, err, 74 if what in dict(WRITES) else 73, point, before | {"pad"})
                if second_wal > first_wal:
                    problems.append(f"full disk, {what}: the log grew from {first_wal} to {second_wal} bytes on a second try")
                (point / "pad").unlink()
                copy = common.tempdir("disk-copy")
                for p in point.glob("utdelning.sqlite*"):
                    shutil.copy(p, copy / p.name)
                if (i := common.integrity(copy / "utdelning.sqlite")) != "ok":
                    problems.append(f"full disk, {what}: integrity {i[:100]}")
                if common.dump(copy / "utdelning.sqlite") != base_dump:
                    problems.append(f"full disk, {what}: the database changed")
                common.remove(copy)
                lines[-1] += f" (log {first_wal} then {second_wal} bytes)"
                # With room again, the next command cleans up after itself.
                common.run(["coverage"], point)
                if wal.exists() and wal.stat().st_size > 0:
                    problems.append(f"full disk, {what}: a {wal.stat().st_size}-byte log stays after the disk has room again")
        finally:
            unmount(point)
    else:
        lines.append("  full disk: SKIPPED, cannot mount a tmpfs here (not root?)")

    # ulimit -f: writes fail with EFBIG, never SIGXFSZ.
    limit_dir = common.tempdir("disk-limit")
    limit = 64 * 1024  # below the database file: a write that grows or checkpoints it meets the limit
    for what, args in WRITES + OUTPUTS:
        for p in limit_dir.iterdir():
            shutil.rmtree(p) if p.is_dir() else p.unlink()
        shutil.copy(base, limit_dir / "utdelning.sqlite")
        small = limit
        out = subprocess.run([str(common.BIN), *args], cwd=limit_dir, capture_output=True,
                             preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (small, small)))
        err = out.stderr.decode("utf-8", "replace")
        if out.returncode == 0:
            lines.append(f"  ulimit -f, {what}: fitted under the limit (exit 0)")
            continue
        check(f"ulimit -f, {what}", out.returncode, err, 74 if what in dict(WRITES) else 73, limit_dir, {"utdelning.sqlite"})
        if common.dump(limit_dir / "utdelning.sqlite") != base_dump:
            problems.append(f"ulimit -f, {what}: the database changed")
    common.remove(limit_dir)

    # A read-only mount: writes refused in a line, reads answer.
    ro = common.tempdir("disk-ro") / "ro"
    if mount(ro, 4096):
        try:
            shutil.copy(base, ro / "utdelning.sqlite")
            subprocess.run(["mount", "-o", "remount,ro", str(ro)], check=True)
            for what, args in WRITES + [("deliver", ["deliver", "1", "--all", "--by", "x"])]:
                code, _, err = common.run(args, ro, check=False)
                check(f"read-only, {what}", code, err, 74)
            code, out, err = common.run(["coverage"], ro, check=False)
            # Not promised: SQLite reads a WAL database on read-only media only with its -shm.
            lines.append(f"  read-only, coverage (a read; not promised): exit {code} {err.strip()[:160]}")
        finally:
            unmount(ro)
    else:
        lines.append("  read-only: SKIPPED, cannot mount a tmpfs here (not root?)")
    common.remove(base_dir)

    print(f"full disk, file-size limit, read-only media: {len(lines)} cases")
    print("\n".join(lines))
    for p in problems:
        print(f"  PROBLEM {p}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
