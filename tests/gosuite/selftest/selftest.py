#!/usr/bin/env python3
"""Checks that run_gosuite.py can fail: runs it on the small programs in this directory (laid
out like Go's test directory, top-level files only) and checks every file's status, and that
--check reports a regression for a file wrongly expected to pass."""
import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
HARNESS = os.path.join(os.path.dirname(HERE), "run_gosuite.py")

WANT = {
    "pass.go": "pass",
    "silent.go": "pass",
    "wrongout.go": "fail",
    "exit3.go": "fail",
    "spin.go": "fail",
    "unsupported.go": "skip",
    "withargs.go": "skip",
}
# Not counted: errcheck.go (an errorcheck recipe), otheros.go (build constraint false).
REASONS = {
    "wrongout.go": "wrong output: line 1: got 'hello', want 'goodbye'",
    "exit3.go": "exit status 3",
    "spin.go": "timeout",
    "unsupported.go": "is not supported by minigo",
    "withargs.go": "recipe `// run arg1 arg2`",
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--minigo", required=True)
    a = ap.parse_args()
    problems = []
    with tempfile.TemporaryDirectory(prefix="gosuite-selftest-") as tmp:
        results = os.path.join(tmp, "results.txt")
        expected = os.path.join(tmp, "expected.txt")
        with open(expected, "w") as f:
            f.write("pass wrongout.go\npass pass.go\nfail silent.go old reason\n")
        base = [sys.executable, HARNESS, "--minigo", a.minigo, "--testdir", HERE, "--dirs", "top",
                "--timeout", "3"]
        r = subprocess.run(base + ["--results", results, "--check", expected], capture_output=True, text=True)
        print(r.stdout + r.stderr)
        got = {}
        for line in open(results):
            if not line.startswith("#"):
                parts = line.rstrip("\n").split(None, 2)
                got[parts[1]] = (parts[0], parts[2] if len(parts) > 2 else "")
        if set(got) != set(WANT):
            problems.append("files counted: %s, want %s" % (sorted(got), sorted(WANT)))
        for name, status in WANT.items():
            st, reason = got.get(name, ("missing", ""))
            if st != status:
                problems.append("%s: %s (%s), want %s" % (name, st, reason, status))
            elif name in REASONS and REASONS[name] not in reason:
                problems.append("%s: reason %r lacks %r" % (name, reason, REASONS[name]))
        if r.returncode != 1:
            problems.append("--check exited %d, want 1 (wrongout.go was expected to pass)" % r.returncode)
        if "REGRESSION: wrongout.go" not in r.stdout:
            problems.append("--check did not report wrongout.go as a regression")
        if "note: silent.go: now passes" not in r.stdout:
            problems.append("--check did not note that silent.go now passes")
        if "top-level  2 passed, 3 failed, 2 skipped  (2 files" not in r.stdout:
            problems.append("summary line does not say 2 passed, 3 failed, 2 skipped, 2 not counted")
    for p in problems:
        print("FAIL: " + p)
    if not problems:
        print("ok: run_gosuite.py passes, fails and skips as it should")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
