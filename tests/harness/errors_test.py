#!/usr/bin/env python3
"""Checks minigo's diagnostics for one .mg file in Go's `// ERROR "regexp"` convention.

Every line annotated with `// ERROR "re"` (several quoted patterns may follow) must get an
error on that line whose message matches; any error on a line without an annotation fails
the test. `minigo check` must exit with status 1 when errors are expected.

A `// flags: ...` line passes those flags to `minigo check` (e.g. `-e`: report every error).
With --default-limit N the flags line is ignored and the file is checked without them: then
exactly the first N annotated lines (in line order) must get their errors, the others none,
and the output must end with "too many errors".

With --go, the file also goes through `go build -gcflags=-e` (as a .go copy): Go must report
an error on every annotated line and on no other line, so that each case is an error in Go
too (the wording is not compared: Go 1.19's differs from the Go 1.22 wording minigo follows).
`// go: skip REASON` leaves a file out of that comparison (features minigo does not support).
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile


def go_error_lines(go, path):
    """The lines on which `go build` reports errors for a copy of path."""
    with tempfile.TemporaryDirectory(prefix="minigo-errors-") as tmp:
        shutil.copy(path, os.path.join(tmp, "main.go"))
        with open(os.path.join(tmp, "go.mod"), "w") as f:
            f.write("module errorstest\ngo 1.19\n")
        env = dict(os.environ, GOCACHE=os.path.join(tempfile.gettempdir(), "minigo-gocache"),
                   GOFLAGS="-mod=mod", GO111MODULE="on")
        r = subprocess.run([go, "build", "-gcflags=-e", "-o", os.devnull, "."], cwd=tmp,
                           capture_output=True, timeout=300, env=env)
        err = r.stderr.decode(errors="replace")
        return {int(m.group(1)) for m in re.finditer(r"^\./main\.go:(\d+):\d+: ", err, re.M)}, err


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--minigo", required=True)
    ap.add_argument("--default-limit", type=int, default=None,
                    help="check without the file's flags: only the first N errors are printed")
    ap.add_argument("--go", default=None, help="path of the go tool, to check the cases are Go errors")
    ap.add_argument("file")
    a = ap.parse_args()
    src = open(a.file, encoding="utf-8", errors="replace").read().splitlines()
    want = {}
    flags = []
    for i, line in enumerate(src, 1):
        m = re.search(r"//\s*ERROR\s+(.*)$", line)
        if m:
            want[i] = re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(1))
        m = re.match(r"^//\s*flags:\s*(.*)$", line)
        if m:
            flags += m.group(1).split()
    annotated = set(want)  # every annotated line, also those a --default-limit run leaves out
    truncated = False
    if a.default_limit is not None:
        flags = []
        kept = sorted(want)[:a.default_limit]
        truncated = len(want) > a.default_limit
        want = {ln: want[ln] for ln in kept}
    r = subprocess.run([a.minigo, "check"] + flags + [a.file], capture_output=True, timeout=120)
    err = r.stderr.decode(errors="replace")
    got = {}
    for line in err.splitlines():
        m = re.match(r"^(.*?):(\d+):(\d+): error: (.*)$", line)
        if m:
            got.setdefault(int(m.group(2)), []).append(m.group(4))
    failures = []
    goskip = any(re.match(r"\s*//\s*go:\s*skip", line) for line in src)
    if a.go and not goskip:
        golines, goerr = go_error_lines(a.go, a.file)
        for ln in sorted(annotated - golines):
            failures.append("line %d: annotated, but Go reports no error there" % ln)
        for ln in sorted(golines - annotated):
            failures.append("line %d: Go reports an error that is not annotated" % ln)
        if golines != annotated:
            failures.append("go build output:\n" + goerr)
    for ln, pats in want.items():
        msgs = got.get(ln, [])
        for p in pats:
            p = p.replace('\\"', '"')
            if not any(re.search(p, msg) for msg in msgs):
                failures.append("line %d: no error matching %r (got %r)" % (ln, p, msgs))
    for ln, msgs in got.items():
        if ln not in want:
            failures.append("line %d: unexpected error %r" % (ln, msgs))
    if truncated and not err.rstrip().endswith("too many errors"):
        failures.append('output does not end with "too many errors"')
    if not truncated and "too many errors" in err:
        failures.append('"too many errors" although every error should be printed')
    if want and r.returncode != 1:
        failures.append("exit status %d, want 1" % r.returncode)
    if "internal error" in err or r.returncode < 0:
        failures.append("crash or internal error:\n" + err)
    if failures:
        print("FAIL %s\n  %s\n--- stderr\n%s" % (a.file, "\n  ".join(failures), err))
        return 1
    print("ok %s (%d annotated errors)" % (a.file, sum(len(p) for p in want.values())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
