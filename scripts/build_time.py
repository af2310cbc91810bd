#!/usr/bin/env python3
"""Measures how long `minigo build` takes for one program (default examples/hello.mg).

The variants run interleaved, round after round, so that a machine whose load changes during
the measurement affects them alike. For each variant it prints the median and the minimum
wall time and the median CPU time (user + system, of minigo and the compilers it runs).

  python3 scripts/build_time.py                     # build/bin/minigo, with and without PCH
  python3 scripts/build_time.py --baseline OLD -O 0,2 --runs 9 examples/fib.mg

--baseline adds another minigo binary (e.g. one built from an older commit) as a variant.
"""
import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time


def run_once(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    r = subprocess.run(cmd, capture_output=True)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode != 0:
        sys.exit("failed: %s\n%s" % (" ".join(cmd), r.stderr.decode(errors="replace")))
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minigo", default=os.path.join(root, "build", "bin", "minigo"))
    ap.add_argument("--baseline", help="another minigo binary to compare with")
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("-O", dest="levels", default="2", help="comma-separated -O levels (default 2)")
    ap.add_argument("program", nargs="?", default=os.path.join(root, "examples", "hello.mg"))
    a = ap.parse_args()
    out = os.path.join(tempfile.mkdtemp(prefix="minigo-build-time-"), "prog")
    variants = []
    for level in a.levels.split(","):
        opt = "-O" + level
        if a.baseline:
            variants.append(("baseline " + opt, [a.baseline, "build", opt, a.program, "-o", out]))
        variants.append(("no PCH " + opt, [a.minigo, "build", opt, "--pch=false", a.program, "-o", out]))
        variants.append(("default " + opt, [a.minigo, "build", opt, a.program, "-o", out]))
    for _, cmd in variants:  # warm the page cache (the .gch files are ~50 MB each)
        run_once(cmd)
    times = {name: [] for name, _ in variants}
    for _ in range(a.runs):
        for name, cmd in variants:
            times[name].append(run_once(cmd))
    print("%s, %d runs each, load average %.1f" % (os.path.relpath(a.program), a.runs, os.getloadavg()[0]))
    print("%-16s %12s %10s %12s" % ("variant", "median wall", "min wall", "median CPU"))
    for name, _ in variants:
        walls = [w for w, _ in times[name]]
        cpus = [c for _, c in times[name]]
        print("%-16s %11.2fs %9.2fs %11.2fs" % (name, statistics.median(walls), min(walls),
                                                statistics.median(cpus)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
