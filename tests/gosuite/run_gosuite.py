#!/usr/bin/env python3
"""Runs the `// run` programs of Go's own test suite (chan/, ken/ and the top-level files of
/usr/share/go-1.19/test) through minigo, in place, and reports pass/fail/skip per directory.

For each file whose recipe is a plain `// run` (see recipe.py): copy it to a temporary X.mg,
`minigo check` it; a `... is not supported by minigo` diagnostic makes it a skip (the first
such message is the reason), any other diagnostic is a failure (minigo rejected a valid Go
program). Then `minigo build` it (a host C++ compiler error is an internal error: failure),
run it with a timeout and compare stdout+stderr with X.out beside the test, or with no output
at all when there is no X.out; the exit status must be 0 (Go's run.go does the same).
`// run` with flags or arguments, `runoutput`, `rundir`, `runindir` and `buildrundir` need
more than one source file or a special command line: they count as skips with that reason.
Other recipes (errorcheck, compile, build, skip, ...) are not run programs and are not counted.

  run_gosuite.py --minigo build/bin/minigo                    # everything, counts per directory
  run_gosuite.py --minigo M --dirs chan,ken --check tests/gosuite/expected.txt
  run_gosuite.py --minigo M --update tests/gosuite/expected.txt  # rewrite the expectations
  run_gosuite.py --minigo M ken/chan.go chan/fifo.go -v        # selected files, with details
"""
import argparse
import concurrent.futures
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import expectations  # noqa: E402
import recipe  # noqa: E402

DIRS = {"chan": "chan", "ken": "ken", "top": ""}
RUN_FAMILY = {"runoutput", "rundir", "runindir", "buildrundir", "buildrun"}
UNSUPPORTED = re.compile(r"(is|are) not supported by minigo")
DIAG = re.compile(r"^(\S+?):(\d+):(\d+): error: (.*)$")


class Result:
    def __init__(self, path, status, reason, detail=""):
        self.path, self.status, self.reason, self.detail = path, status, reason, detail
        self.seconds = 0.0


def known_differences():
    """known_differences.txt: files that test Go 1.19 behaviour minigo deliberately changes."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "known_differences.txt")
    diffs = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                rel, _, reason = line.strip().partition(" ")
                diffs[rel] = reason
    return diffs


def classify(testdir, rel, diffs):
    """(in_scope, skip_reason): whether the file counts, and why it is skipped before running."""
    with open(os.path.join(testdir, rel), encoding="utf-8", errors="replace") as f:
        r = recipe.parse(f.read())
    if r.why_not:
        return False, r.why_not
    if r.action == "run":
        if rel in diffs:
            return True, "known difference: " + diffs[rel]
        if r.args:
            return True, "recipe `// run %s` needs flags, arguments or extra files" % " ".join(r.args)
        return True, None
    if r.action in RUN_FAMILY:
        return True, "recipe `// %s` needs extra files or generates the program" % " ".join([r.action] + r.args)
    return False, "recipe `// %s` is not a run test" % r.action


def first_diag(text, real):
    """The first `file:line:col: error: msg` of minigo's output, with the file named as in Go's tree."""
    for line in text.splitlines():
        m = DIAG.match(line)
        if m:
            return "%s:%s:%s: %s" % (real, m.group(2), m.group(3), m.group(4))
    return None


def diags(text):
    return [m.group(4) for m in (DIAG.match(l) for l in text.splitlines()) if m]


def cxx_error(text, real):
    """The first error of the host compiler's log that minigo prints on an internal error: a
    compile error, else a linker's undefined reference (collect2's summary says nothing)."""
    lines = text.splitlines()
    hit = next((l for l in lines if re.search(r": (fatal )?error: ", l) and "collect2" not in l), None)
    hit = hit or next((l for l in lines if "undefined reference" in l), None)
    hit = hit or next((l for l in lines if "error" in l and not l.startswith("minigo:")), None)
    if hit is None:
        return None
    hit = re.sub(r"^\S*/", "", hit.strip())  # drop the temp directory
    return hit.replace(os.path.splitext(os.path.basename(real))[0] + ".mg", os.path.basename(real))


def describe_diff(got, want):
    gl, wl = got.split("\n"), want.split("\n")
    for i in range(max(len(gl), len(wl))):
        g = gl[i] if i < len(gl) else "<end of output>"
        w = wl[i] if i < len(wl) else "<end of output>"
        if g != w:
            return "line %d: got %r, want %r" % (i + 1, g[:80], w[:80])
    return "outputs differ"


def signal_name(rc):
    try:
        return signal.Signals(-rc).name
    except ValueError:
        return "signal %d" % -rc


def run_one(a, rel):
    src = os.path.join(a.testdir, rel)
    stem = os.path.splitext(os.path.basename(rel))[0]
    with tempfile.TemporaryDirectory(prefix="gosuite-") as tmp:
        mg = os.path.join(tmp, stem + ".mg")
        shutil.copyfile(src, mg)
        # minigo keeps the C++ of a failed build in $TMPDIR: keep it inside tmp. LC_ALL=C
        # keeps the host compiler's messages (the failure reasons) in plain ASCII.
        env = dict(os.environ, TMPDIR=tmp, LC_ALL="C")
        try:
            c = subprocess.run([a.minigo, "check", mg], capture_output=True, cwd=tmp, env=env, timeout=300)
        except subprocess.TimeoutExpired:
            return Result(rel, "fail", "minigo check timed out")
        cerr = c.stderr.decode(errors="replace") + c.stdout.decode(errors="replace")
        if c.returncode < 0:
            return Result(rel, "fail", "minigo check crashed (%s)" % signal_name(c.returncode), cerr)
        if c.returncode != 0:
            return diagnosed(rel, "check", cerr)
        exe = os.path.join(tmp, stem)
        try:
            b = subprocess.run([a.minigo, "build", "-O" + a.opt, mg, "-o", exe], capture_output=True,
                               cwd=tmp, env=env, timeout=600)
        except subprocess.TimeoutExpired:
            return Result(rel, "fail", "minigo build timed out")
        berr = b.stderr.decode(errors="replace") + b.stdout.decode(errors="replace")
        if b.returncode < 0:
            return Result(rel, "fail", "minigo build crashed (%s)" % signal_name(b.returncode), berr)
        if b.returncode != 0:
            if "internal error" in berr:
                e = cxx_error(berr.split("internal error", 1)[1], rel) or "(no error line)"
                return Result(rel, "fail", "C++ compile error: " + e, berr)
            return diagnosed(rel, "build", berr)
        want_path = os.path.splitext(src)[0] + ".out"
        want = open(want_path, encoding="utf-8", errors="replace").read() if os.path.exists(want_path) else ""
        t0 = time.time()
        try:
            r = subprocess.run([exe], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, cwd=tmp, env=env, timeout=a.timeout)
        except subprocess.TimeoutExpired as e:
            out = (e.stdout or b"").decode(errors="replace")
            return Result(rel, "fail", "timeout after %gs" % a.timeout, out[-2000:])
        dt = time.time() - t0
        got = r.stdout.decode(errors="replace").replace("\r\n", "\n")
        if r.returncode != 0:
            how = ("killed by %s" % signal_name(r.returncode)) if r.returncode < 0 else "exit status %d" % r.returncode
            first = next((l for l in got.splitlines() if l.strip()), "")
            return Result(rel, "fail", "%s: %s" % (how, first[:120]), got[-3000:])
        if got != want:
            return Result(rel, "fail", "wrong output: " + describe_diff(got, want),
                          "--- got\n%s--- want\n%s" % (got[-2000:], want[-2000:]))
        return Result(rel, "pass", "", "ran in %.2fs" % dt)


def timed(a, rel):
    t0 = time.time()
    res = run_one(a, rel)
    res.seconds = time.time() - t0
    return res


def diagnosed(rel, phase, text):
    """A skip when minigo says a feature is unsupported, else a failure on the first error."""
    msgs = diags(text)
    unsup = [m for m in msgs if UNSUPPORTED.search(m)]
    if unsup:
        others = [m for m in msgs if not UNSUPPORTED.search(m)]
        return Result(rel, "skip", unsup[0], "other diagnostics: %s" % "; ".join(others[:3]) if others else "")
    first = first_diag(text, os.path.basename(rel))
    if first is None:
        first = (text.strip().splitlines() or ["(no message)"])[0]
    what = "checker rejects valid program" if phase == "check" else "minigo build error"
    return Result(rel, "fail", "%s: %s" % (what, first), text)


def collect(a):
    """(in-scope files with their pre-run skip reason, out-of-scope count per directory)."""
    files, excluded = [], {}
    diffs = known_differences()
    for key in a.dirs:
        sub = DIRS[key]
        d = os.path.join(a.testdir, sub)
        for name in sorted(os.listdir(d)):
            if not name.endswith(".go"):
                continue
            rel = os.path.join(sub, name) if sub else name
            ok, why = classify(a.testdir, rel, diffs)
            if ok:
                files.append((key, rel, why))
            else:
                excluded.setdefault(key, []).append((rel, why))
    return files, excluded


def dir_key(rel):
    return rel.split("/", 1)[0] if "/" in rel else "top"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minigo", required=True)
    ap.add_argument("--testdir", default="/usr/share/go-1.19/test")
    ap.add_argument("--dirs", default="chan,ken,top", help="comma-separated: chan, ken, top")
    ap.add_argument("-j", type=int, default=2, help="files run in parallel")
    ap.add_argument("--timeout", type=float, default=20, help="seconds per program run")
    ap.add_argument("--opt", default="1", help="host compiler optimisation level")
    ap.add_argument("--results", help="write every file's status and reason here")
    ap.add_argument("--check", metavar="EXPECTED", help="fail if a file expected to pass does not")
    ap.add_argument("--update", metavar="EXPECTED", help="rewrite the expectations of the files run")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every file and failure details")
    ap.add_argument("files", nargs="*", help="only these files (paths relative to the test dir)")
    a = ap.parse_args()
    a.minigo = os.path.abspath(a.minigo)
    a.dirs = [d for d in a.dirs.split(",") if d]
    for d in a.dirs:
        if d not in DIRS:
            ap.error("unknown directory %r" % d)
    if not os.path.isdir(a.testdir):
        print("Go's test suite is not installed at %s (Debian package golang-1.19-src/golang-go)" % a.testdir)
        return 1

    files, excluded = collect(a)
    if a.files:
        want = set(a.files)
        files = [f for f in files if f[1] in want]
        a.dirs = sorted({f[0] for f in files}, key=list(DIRS).index)
        unknown = want - {f[1] for f in files}
        if unknown:
            print("not run tests (or no such file): " + ", ".join(sorted(unknown)))

    results = {}
    t0 = time.time()
    todo = []
    for key, rel, why in files:
        if why:
            results[rel] = Result(rel, "skip", why)
            if a.verbose:
                print("skip %s %s" % (rel, why), flush=True)
        else:
            todo.append(rel)
    with concurrent.futures.ThreadPoolExecutor(max_workers=a.j) as ex:
        futs = {ex.submit(timed, a, rel): rel for rel in todo}
        for fut in concurrent.futures.as_completed(futs):
            rel = futs[fut]
            try:
                res = fut.result()
            except Exception as e:  # a harness problem must show, not vanish
                res = Result(rel, "fail", "harness error: %r" % e)
            results[rel] = res
            if a.verbose:
                print("%-4s %s %s  [%.1fs]" % (res.status, rel, res.reason, res.seconds), flush=True)
                if res.status != "pass" and res.detail:
                    print("     " + res.detail.strip().replace("\n", "\n     ")[:3000], flush=True)

    expected = expectations.read(a.check) if a.check else {}
    # A file expected to pass that fails is run once more alone: a loaded machine can slow a
    # concurrency test past its timeout. It stays a failure if it fails again.
    flaky = []
    for rel, res in sorted(results.items()):
        if a.check and expected.get(rel, ("",))[0] == "pass" and res.status != "pass":
            again = run_one(a, rel)
            if again.status == "pass":
                flaky.append("%s: failed once (%s), passed when run again" % (rel, res.reason))
                results[rel] = again

    elapsed = time.time() - t0
    total = [0, 0, 0]
    for key in a.dirs:
        rs = [r for r in results.values() if dir_key(r.path) == key]
        n = [sum(1 for r in rs if r.status == s) for s in ("pass", "fail", "skip")]
        total = [x + y for x, y in zip(total, n)]
        label = (DIRS[key] or "top-level") + ("/" if DIRS[key] else "")
        print("%-10s %d passed, %d failed, %d skipped  (%d files of other recipes not counted)"
              % (label, n[0], n[1], n[2], len(excluded.get(key, []))))
    print("%-10s %d passed, %d failed, %d skipped  in %.0fs" % ("total", total[0], total[1], total[2], elapsed))

    table = {rel: (r.status, r.reason) for rel, r in results.items()}
    if a.results:
        expectations.write(a.results, table, ["results of run_gosuite.py: STATUS PATH REASON"])
    if a.update:
        merged = expectations.read(a.update)
        ran = set(a.dirs)
        if not a.files:  # a full run of a directory also drops files that left it
            merged = {p: v for p, v in merged.items() if dir_key(p) not in ran}
        merged.update(table)
        expectations.write(a.update, merged, EXPECTED_HEADER)
        print("wrote %s" % a.update)
    rc = 0
    if a.check:
        regressions, notes = expectations.compare(expected, table)
        if not a.files:
            for p in sorted(expected):
                if dir_key(p) in a.dirs and p not in table:
                    notes.append("%s: in expected.txt but no longer a run test - please update expected.txt" % p)
        for line in flaky:
            print("note: " + line)
        for line in notes:
            print("note: " + line)
        for line in regressions:
            print("REGRESSION: " + line)
        if regressions:
            rc = 1
        else:
            print("no regressions against %s" % a.check)
    return rc


EXPECTED_HEADER = [
    "Expected results of Go's test suite under minigo (tests/gosuite/run_gosuite.py).",
    "STATUS PATH REASON; PATH is relative to /usr/share/go-1.19/test.",
    "A `pass` line must keep passing (the CTest check fails otherwise); fail and skip lines",
    "record today's state and the first error. Regenerate with",
    "  tests/gosuite/run_gosuite.py --minigo build/bin/minigo --update tests/gosuite/expected.txt",
    "",
]

if __name__ == "__main__":
    sys.exit(main())
