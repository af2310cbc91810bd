#!/usr/bin/env python3
"""`minigo build -race`: each tests/race/*.mg is built with the race detector and run at
GOMAXPROCS 1, 2 and 4. A file's `// race: L1 L2 ...` lists .mg lines that the data-race
report must name; the program must then exit 66, as Go's race detector makes it. A file
marked `// race: none` must run clean (no report, exit 0) and print its .out file, which
comes from `go run`.

Usage: race_test.py --minigo BIN [FILE.mg ...]
"""
import argparse
import glob
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPORT = "WARNING: ThreadSanitizer: data race"


def expectation(path):
    with open(path) as f:
        m = re.search(r"^// race: (.*)$", f.read(), re.M)
    if not m:
        raise SystemExit(f"{path}: no `// race:` line")
    spec = m.group(1).strip()
    return None if spec == "none" else [int(x) for x in spec.split()]


def check(minigo, path, tmp):
    name = os.path.splitext(os.path.basename(path))[0]
    exe = os.path.join(tmp, name)
    b = subprocess.run([minigo, "build", "-race", path, "-o", exe], capture_output=True, text=True)
    if b.returncode != 0:
        return [f"build failed: {b.stderr.strip()}"]
    lines = expectation(path)
    problems = []
    for procs in ("1", "2", "4"):
        env = dict(os.environ, GOMAXPROCS=procs)
        r = subprocess.run([exe], capture_output=True, text=True, timeout=120, env=env,
                           stdin=subprocess.DEVNULL)
        where = f"GOMAXPROCS={procs}"
        if lines is None:
            if REPORT in r.stderr or r.returncode != 0:
                problems.append(f"{where}: exit {r.returncode}, want a clean run:\n{r.stderr[:3000]}")
            want = open(os.path.splitext(path)[0] + ".out").read()
            if r.stdout != want:
                problems.append(f"{where}: stdout differs:\n{r.stdout}--- want\n{want}")
            continue
        if REPORT not in r.stderr:
            problems.append(f"{where}: no data race reported (exit {r.returncode})")
            continue
        if r.returncode != 66:
            problems.append(f"{where}: exit {r.returncode}, want 66")
        for line in lines:
            if f"{os.path.basename(path)}:{line} " not in r.stderr:
                problems.append(f"{where}: the report does not name line {line}:\n{r.stderr[:3000]}")
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--minigo", required=True)
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    files = a.files or sorted(glob.glob(os.path.join(HERE, "*.mg")))
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for path in files:
            problems = check(a.minigo, path, tmp)
            print(("FAIL " if problems else "ok   ") + os.path.basename(path))
            for p in problems:
                print("    " + p.replace("\n", "\n    "))
            failed += bool(problems)
    print(f"race: {len(files) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
