#!/usr/bin/env python3
"""Builds one .mg program with minigo, runs it, and checks its stdout and exit status.

Expectations live beside the program:
  prog.out             the expected stdout (exact)
  // exit: N           expected exit status (default 0)
  // output: sorted    compare stdout lines sorted (for programs whose line order is free)
  // stderr: REGEXP    stderr must match (re.search, multi-line); may repeat
  // stdin: FILE       feed FILE (beside the program) to stdin
  // args: A B C       command-line arguments
  // env: NAME=VALUE   set an environment variable for the program (and Go's run); may repeat
  // go: skip REASON   leave the program out of the differential comparison with `go run`
  // mask: REGEXP      replace every match in stdout by "<masked>" before comparing (for
                       output where e.g. which worker ran a job is free); may repeat
The same directives may also sit, one a line, in prog.test beside the program: for programs
that must stay verbatim (the concurrency guide's examples) and so cannot carry comments.
With --go, the program also runs through `go run` (as a .go copy) and stdout and exit status
must match minigo's.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile


def directives(src):
    d = {"exit": 0, "sorted": False, "stderr": [], "stdin": None, "args": [], "env": {}, "goskip": None, "mask": []}
    for line in src.splitlines():
        m = re.match(r"\s*//\s*(exit|output|stderr|stdin|args|env|go|mask):\s*(.*)$", line)
        if not m:
            continue
        key, val = m.group(1), m.group(2).strip()
        if key == "exit":
            d["exit"] = int(val)
        elif key == "output":
            d["sorted"] = val == "sorted"
        elif key == "stderr":
            d["stderr"].append(val)
        elif key == "stdin":
            d["stdin"] = val
        elif key == "args":
            d["args"] = val.split()
        elif key == "env":
            name, _, value = val.partition("=")
            d["env"][name] = value
        elif key == "go" and val.startswith("skip"):
            d["goskip"] = val
        elif key == "mask":
            d["mask"].append(val)
    return d


def normalise(text, d):
    for pat in d["mask"]:
        text = re.sub(pat, "<masked>", text)
    if d["sorted"]:
        return "\n".join(sorted(text.splitlines()))
    return text


def run(cmd, stdin_path, timeout, env=None):
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    try:
        return subprocess.run(cmd, stdin=stdin, capture_output=True, timeout=timeout,
                              env=dict(os.environ, **env) if env else None)
    finally:
        if stdin_path:
            stdin.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--minigo", required=True)
    ap.add_argument("--go", default=None, help="path of the go tool for the differential run")
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("program")
    a = ap.parse_args()
    prog = os.path.abspath(a.program)
    src = open(prog, encoding="utf-8", errors="replace").read()
    base = os.path.splitext(prog)[0]
    if os.path.exists(base + ".test"):
        src += "\n" + open(base + ".test", encoding="utf-8").read()
    d = directives(src)
    expected_out = None
    if os.path.exists(base + ".out"):
        expected_out = open(base + ".out", encoding="utf-8", errors="replace").read()
    stdin_path = os.path.join(os.path.dirname(prog), d["stdin"]) if d["stdin"] else None
    failures = []
    with tempfile.TemporaryDirectory(prefix="minigo-test-") as tmp:
        exe = os.path.join(tmp, "prog")
        b = subprocess.run([a.minigo, "build", "-O1", prog, "-o", exe], capture_output=True, timeout=300)
        if b.returncode != 0:
            print("minigo build failed:\n" + b.stderr.decode(errors="replace"))
            return 1
        r = run([exe] + d["args"], stdin_path, a.timeout, d["env"])
        out = r.stdout.decode(errors="replace")
        err = r.stderr.decode(errors="replace")
        if r.returncode != d["exit"]:
            failures.append("exit status %d, want %d" % (r.returncode, d["exit"]))
        if expected_out is not None and normalise(out, d) != normalise(expected_out, d):
            failures.append("stdout differs from %s.out:\n--- got\n%s--- want\n%s" % (os.path.basename(base), out, expected_out))
        for pat in d["stderr"]:
            if not re.search(pat, err, re.M):
                failures.append("stderr does not match %r:\n%s" % (pat, err))
        if a.go and not d["goskip"]:
            gofile = os.path.join(tmp, "main.go")
            shutil.copy(prog, gofile)
            env = dict(os.environ, GOCACHE=os.path.join(tempfile.gettempdir(), "minigo-gocache"),
                       GOFLAGS="-mod=mod", GO111MODULE="off")
            g = subprocess.run([a.go, "build", "-o", os.path.join(tmp, "goprog"), gofile],
                               capture_output=True, timeout=300, env=env)
            if g.returncode != 0:
                failures.append("go build failed:\n" + g.stderr.decode(errors="replace"))
            else:
                gr = run([os.path.join(tmp, "goprog")] + d["args"], stdin_path, a.timeout, d["env"])
                gout = gr.stdout.decode(errors="replace")
                if normalise(gout, d) != normalise(out, d):
                    failures.append("stdout differs from Go's:\n--- minigo\n%s--- go\n%s" % (out, gout))
                if gr.returncode != r.returncode:
                    failures.append("exit status %d, Go's is %d" % (r.returncode, gr.returncode))
    if failures:
        print("FAIL %s\n%s" % (a.program, "\n".join(failures)))
        return 1
    print("ok %s" % a.program)
    return 0


if __name__ == "__main__":
    sys.exit(main())
