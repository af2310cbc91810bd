#!/usr/bin/env python3
"""Runs the benchmark programs in bench/ built by minigo and by `go build`, in the same run,
and prints each one's wall time and the ratio minigo/Go (below 1.0: minigo is faster).
Both builds must print the same output, or the benchmark counts as failed.

  bench/run_bench.py --minigo build/bin/minigo [--runs 3] [--quick] [NAME...]

--quick runs each program once with a small argument: a smoke test of the benchmarks (it
checks outputs only and is what CTest runs; it never judges speed).
"""
import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
QUICK_ARGS = {"pingpong": "2000", "workerpool": "5000", "spawn": "5000", "mutex": "2000",
              "sieve": "100", "fib": "20", "maps": "5000", "select": "2000"}


def build(args, name, tmp):
    src = os.path.join(HERE, name + ".mg")
    mg_exe = os.path.join(tmp, name + "_minigo")
    r = subprocess.run([args.minigo, "build", "-O2", src, "-o", mg_exe], capture_output=True,
                       text=True)
    if r.returncode != 0:
        return None, None, f"minigo build failed:\n{r.stderr}"
    go_exe = None
    if args.go:
        go_src = os.path.join(tmp, name + ".go")
        shutil.copy(src, go_src)
        go_exe = os.path.join(tmp, name + "_go")
        r = subprocess.run([args.go, "build", "-o", go_exe, go_src], capture_output=True,
                           text=True, cwd=tmp)
        if r.returncode != 0:
            return None, None, f"go build failed:\n{r.stderr}"
    return mg_exe, go_exe, None


def timed(exe, argv):
    start = time.perf_counter()
    r = subprocess.run([exe] + argv, capture_output=True, text=True, timeout=600)
    return time.perf_counter() - start, r


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--minigo", required=True)
    ap.add_argument("--go", default=shutil.which("go"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    names = args.names or sorted(os.path.splitext(os.path.basename(p))[0]
                                 for p in glob.glob(os.path.join(HERE, "*.mg")))
    failed = 0
    env_note = f"GOMAXPROCS={os.environ.get('GOMAXPROCS', 'default')}, {os.cpu_count()} CPUs"
    print(f"{'benchmark':<12} {'minigo s':>9} {'go s':>9} {'ratio':>7}   ({env_note})")
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            mg_exe, go_exe, err = build(args, name, tmp)
            if err:
                print(f"{name:<12} FAILED: {err}")
                failed += 1
                continue
            argv = [QUICK_ARGS.get(name, "10")] if args.quick else []
            runs = 1 if args.quick else args.runs
            mg_best = go_best = None
            outputs = set()
            # Alternate the two builds so that machine load affects both alike.
            for _ in range(runs):
                t, r = timed(mg_exe, argv)
                if r.returncode != 0:
                    print(f"{name:<12} FAILED: minigo build exited {r.returncode}: {r.stderr}")
                    failed += 1
                    break
                outputs.add(r.stdout)
                mg_best = t if mg_best is None else min(mg_best, t)
                if go_exe:
                    t, r = timed(go_exe, argv)
                    outputs.add(r.stdout)
                    go_best = t if go_best is None else min(go_best, t)
            else:
                if len(outputs) != 1:
                    print(f"{name:<12} FAILED: outputs differ: {sorted(outputs)}")
                    failed += 1
                    continue
                ratio = f"{mg_best / go_best:7.2f}" if go_best else "      -"
                go_s = f"{go_best:9.3f}" if go_best else "        -"
                print(f"{name:<12} {mg_best:9.3f} {go_s} {ratio}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
