#!/usr/bin/env python3
"""Process-level runtime behaviour that run tests cannot express: an idle program uses no
CPU while it sleeps, SIGQUIT dumps every goroutine (state and .mg line) and exits 2, a read
blocked on stdin does not stall other goroutines, and the guide's worker pool takes the
200 ms of wall time it takes in Go.

Usage: behaviour_test.py --minigo BIN
"""
import argparse
import os
import re
import resource
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def build(minigo, name, tmp):
    exe = os.path.join(tmp, name)
    r = subprocess.run([minigo, "build", os.path.join(HERE, name + ".mg"), "-o", exe],
                       capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit(f"FAIL: build {name}: {r.stderr}")
    return exe


def child_cpu():
    u = resource.getrusage(resource.RUSAGE_CHILDREN)
    return u.ru_utime + u.ru_stime


def test_idle(minigo, tmp):
    exe = build(minigo, "idle_sleep", tmp)
    before = child_cpu()
    r = subprocess.run([exe], capture_output=True, timeout=60)
    used = child_cpu() - before
    # The bound: a program that only sleeps 2 s spends under 0.05 s of CPU.
    ok = r.returncode == 0 and used < 0.05
    print(f"{'ok' if ok else 'FAIL'}: idle 2 s sleep used {used:.3f} s CPU (exit {r.returncode})")
    return ok


def test_sigquit(minigo, tmp):
    exe = build(minigo, "sigquit", tmp)
    p = subprocess.Popen([exe], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = p.stdout.readline()
    if line.strip() != "ready":
        p.kill()
        print(f"FAIL: sigquit: expected 'ready', got {line!r}")
        return False
    time.sleep(0.5)  # let main reach its Sleep after printing
    p.send_signal(signal.SIGQUIT)
    try:
        _, err = p.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        p.kill()
        print("FAIL: sigquit: the program did not exit after SIGQUIT")
        return False
    want = [r"^SIGQUIT: quit", r"goroutine 1 \[sleep\]:", r"sigquit\.mg:\d+",
            r"goroutine \d+ \[chan receive\]:"]
    missing = [w for w in want if not re.search(w, err, re.M)]
    ok = p.returncode == 2 and not missing
    print(f"{'ok' if ok else 'FAIL'}: sigquit exit {p.returncode}" +
          (f", missing {missing} in:\n{err}" if missing else ""))
    return ok


def test_blocked_stdin(minigo, tmp):
    exe = build(minigo, "stdin_blocked", tmp)
    env = dict(os.environ, GOMAXPROCS="1")
    rfd, wfd = os.pipe()  # the write end stays open (and silent) until the program ends
    p = subprocess.Popen([exe], stdin=rfd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, env=env)
    os.close(rfd)
    try:
        out, err = p.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        p.kill()
        os.close(wfd)
        print("FAIL: stdin_blocked: a read blocked on stdin stalled the other goroutines")
        return False
    os.close(wfd)
    ok = p.returncode == 0 and out == "main done 499500\n"
    print(f"{'ok' if ok else 'FAIL'}: stdin_blocked exit {p.returncode} out {out!r} {err}")
    return ok


def test_worker_pool_wall_time(minigo, tmp):
    """The guide's worker pool: 3 workers, 5 jobs of 100 ms take two rounds, about 200 ms as
    in Go. Under 200 ms the sleeps are cut short; 500 ms would mean the jobs ran one at a
    time, so the bound sits between the two."""
    exe = os.path.join(tmp, "worker_pool")
    src = os.path.join(HERE, "..", "..", "examples", "worker_pool.mg")
    r = subprocess.run([minigo, "build", src, "-o", exe], capture_output=True, text=True)
    if r.returncode != 0:
        print(f"FAIL: build worker_pool: {r.stderr}")
        return False
    best = None
    for _ in range(3):  # the best of three runs, as a loaded machine can only slow it down
        t0 = time.monotonic()
        r = subprocess.run([exe], capture_output=True, timeout=60)
        t = time.monotonic() - t0
        if r.returncode != 0:
            print(f"FAIL: worker_pool exit {r.returncode}")
            return False
        best = t if best is None else min(best, t)
    ok = 0.2 <= best < 0.45
    print(f"{'ok' if ok else 'FAIL'}: worker_pool took {best * 1000:.0f} ms (want 200 ms, as Go)")
    return ok


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--minigo", required=True)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        results = [test_idle(args.minigo, tmp), test_sigquit(args.minigo, tmp),
                   test_blocked_stdin(args.minigo, tmp),
                   test_worker_pool_wall_time(args.minigo, tmp)]
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
