#!/usr/bin/env python3
"""Bad input never crashes the compiler: each case below must end with a clear message and a
non-zero exit (or, for inputs that are valid, exit 0), never a signal, an abort, an uncaught
exception or an internal error. Cases: missing file, unreadable file, directory, empty file,
no `package main`, no `func main`, invalid UTF-8, a NUL byte, binary garbage, unterminated
string / raw string / rune / comment, 100,000-deep nesting, a 20 MB source file, bad flags,
missing arguments, and output paths that cannot be written. Errors about the command line,
the input file or the output path must read `minigo: error: ...`.

Running as root (who can read and write anything), the permission cases run as `nobody`
through setpriv when that works, and are skipped otherwise."""
import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile

BAD_SIGNS = ("internal error", "Assertion", "terminate called", "Segmentation", "Aborted",
             "stack overflow", "PLEASE submit a bug report", "Stack dump")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--minigo", required=True)
    a = ap.parse_args()
    a.minigo = os.path.abspath(a.minigo)
    tmp = tempfile.mkdtemp(prefix="minigo-badinput-")
    os.chmod(tmp, 0o755)  # the permission cases may run as another user

    # The command prefix that runs minigo without root's powers: [] when not root, None when
    # that is not possible here.
    unprivileged = []
    if os.geteuid() == 0:
        unprivileged = None
        if shutil.which("setpriv"):
            drop = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
            try:
                probe = subprocess.run(drop + [a.minigo, "version"], capture_output=True, timeout=60)
                if probe.returncode == 0:
                    unprivileged = drop
            except (OSError, subprocess.TimeoutExpired):
                pass

    def write(name, data):
        p = os.path.join(tmp, name)
        with open(p, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode())
        return p

    # (name, argv, expect_ok, must_mention[, prefix]): argv may start with the unprivileged
    # prefix; the message must contain must_mention and, when given, start with prefix.
    cases = []
    DRV = "minigo: error: "
    ok_mg = write("ok.mg", "package main\nfunc main() {}\n")
    cases.append(("missing file", ["check", os.path.join(tmp, "nope.mg")], False, "no such file", DRV))
    cases.append(("missing file (build)", ["build", os.path.join(tmp, "nope.mg")], False, "no such file", DRV))
    cases.append(("missing file (run)", ["run", os.path.join(tmp, "nope.mg")], False, "no such file", DRV))
    unreadable = write("unreadable.mg", "package main\nfunc main() {}\n")
    os.chmod(unreadable, 0)
    if unprivileged is not None:
        cases.append(("unreadable file", unprivileged + ["check", unreadable], False, "permission denied", DRV))
        cases.append(("unreadable file (build)", unprivileged + ["build", unreadable], False, "unreadable.mg: permission denied", DRV))
    else:
        print("skip unreadable file: running as root without a working setpriv")
    cases.append(("directory", ["check", tmp], False, "directory", DRV))
    cases.append(("directory (build)", ["build", tmp], False, "directory", DRV))
    cases.append(("directory (run)", ["run", tmp], False, "directory", DRV))
    cases.append(("empty file", ["check", write("empty.mg", "")], False, "error"))
    cases.append(("no package main", ["check", write("pkg.mg", "package foo\nfunc main() {}\n")], False, "main"))
    cases.append(("no func main", ["check", write("nomain.mg", "package main\nfunc f() {}\n")], False, "main"))
    cases.append(("invalid UTF-8", ["check", write("utf8.mg", b"package main\nfunc main() { x := \"\xff\xfe\" }\n")], False, "UTF-8"))
    cases.append(("NUL byte", ["check", write("nul.mg", b"package main\nfunc main() {\x00}\n")], False, "NUL"))
    rnd = random.Random(42)
    garbage = bytes(rnd.randrange(256) for _ in range(4096))
    cases.append(("binary garbage", ["check", write("garbage.mg", garbage)], False, "error"))
    cases.append(("unterminated string", ["check", write("str.mg", "package main\nfunc main() {\n\tx := \"abc\n}\n")], False, "newline in string"))
    cases.append(("unterminated raw string", ["check", write("raw.mg", "package main\nfunc main() {\n\tx := `abc\n}\n")], False, "not terminated"))
    cases.append(("unterminated rune", ["check", write("rune.mg", "package main\nfunc main() {\n\tx := 'a\n}\n")], False, "error"))
    cases.append(("unterminated comment", ["check", write("comment.mg", "package main\n/* never closed\nfunc main() {}\n")], False, "not terminated"))
    deep = "package main\nfunc main() {\n\tx := " + "(" * 100000 + "1" + ")" * 100000 + "\n\t_ = x\n}\n"
    cases.append(("100,000-deep parentheses", ["check", write("deep.mg", deep)], False, "nested too deeply"))
    deepb = "package main\nfunc main() " + "{" * 100000 + "}" * 100000 + "\n"
    cases.append(("100,000-deep blocks", ["check", write("deepb.mg", deepb)], False, "nested too deeply"))
    deepu = "package main\nfunc main() {\n\tx := " + "^" * 100000 + "1\n\t_ = x\n}\n"
    cases.append(("100,000 unary operators", ["check", write("deepu.mg", deepu)], False, "nested too deeply"))
    lines = ["package main", "", "import \"fmt\"", ""]
    size = 0
    i = 0
    while size < 20 * 1024 * 1024:
        line = "// filler line %d: the quick brown fox jumps over the lazy dog, again and again and again" % i
        lines.append(line)
        size += len(line) + 1
        i += 1
    lines += ["func main() {", "\tfmt.Println(\"big\")", "}", ""]
    cases.append(("20 MB source file", ["check", write("big.mg", "\n".join(lines))], True, ""))
    cases.append(("no sub-command", [], False, "", DRV))
    cases.append(("unknown sub-command", ["frobnicate"], False, "frobnicate", DRV))
    cases.append(("bad flag", ["build", "--no-such-flag", ok_mg], False, "no-such-flag", DRV))
    cases.append(("bad flag (check)", ["check", "-o", "x", ok_mg], False, "'-o'", DRV))
    cases.append(("bad -O level", ["build", "-O9", ok_mg], False, "-O9", DRV))
    cases.append(("two-digit -O level", ["build", "-O22", ok_mg], False, "-O22", DRV))
    cases.append(("-O without a level", ["build", "-O", ok_mg], False, "-O", DRV))
    cases.append(("bad --emit value", ["build", "--emit=obj", ok_mg], False, "emit", DRV))
    cases.append(("bad boolean flag value", ["build", "--pch=maybe", ok_mg], False, "maybe", DRV))
    cases.append(("two input files", ["build", ok_mg, ok_mg], False, "too many", DRV))
    cases.append(("no input (build)", ["build"], False, "", DRV))
    cases.append(("no input (check)", ["check"], False, "", DRV))
    cases.append(("no input (run)", ["run"], False, "run", DRV))
    cases.append(("no input after flags (run)", ["run", "-x"], False, "run", DRV))
    cases.append(("missing host compiler", ["build", "--cxx", "no-such-c++-compiler", ok_mg, "-o",
                                            os.path.join(tmp, "never")], False, "no-such-c++-compiler", DRV))
    nodir = os.path.join(tmp, "no", "such", "dir", "prog")
    cases.append(("output in a missing directory", ["build", ok_mg, "-o", nodir], False, "cannot write", DRV))
    cases.append(("output below a regular file", ["build", ok_mg, "-o", ok_mg + "/prog"], False, "not a directory", DRV))
    cases.append(("--emit=cpp output in a missing directory", ["build", "--emit=cpp", ok_mg, "-o", nodir], False,
                  "cannot write", DRV))
    cases.append(("--emit=cpp output is a directory", ["build", "--emit=cpp", ok_mg, "-o", tmp], False,
                  "cannot write", DRV))
    readonly = os.path.join(tmp, "readonly")
    os.mkdir(readonly, 0o555)
    if unprivileged is not None:
        cases.append(("output in an unwritable directory",
                      unprivileged + ["build", ok_mg, "-o", os.path.join(readonly, "prog")], False,
                      "permission denied", DRV))
    else:
        print("skip unwritable output directory: running as root without a working setpriv")

    failed = 0
    for case in cases:
        name, argv, expect_ok, mention = case[:4]
        prefix = case[4] if len(case) > 4 else None
        if unprivileged and argv[:len(unprivileged)] == unprivileged:
            cmd = unprivileged + [a.minigo] + argv[len(unprivileged):]
        else:
            cmd = [a.minigo] + argv
        try:
            r = subprocess.run(cmd, capture_output=True, timeout=300, cwd=tmp)
        except subprocess.TimeoutExpired:
            print("FAIL %s: timed out" % name)
            failed += 1
            continue
        err = r.stderr.decode(errors="replace")
        problems = []
        if r.returncode < 0:
            problems.append("killed by signal %d" % -r.returncode)
        if expect_ok and r.returncode != 0:
            problems.append("exit status %d, want 0" % r.returncode)
        if not expect_ok and r.returncode == 0:
            problems.append("exit status 0, want non-zero")
        if not expect_ok and not err.strip():
            problems.append("no message")
        if mention and mention.lower() not in err.lower():
            problems.append("message does not mention %r" % mention)
        if prefix and not err.startswith(prefix):
            problems.append("message does not start with %r" % prefix)
        for sign in BAD_SIGNS:
            if sign in err:
                problems.append("stderr shows %r" % sign)
        if problems:
            failed += 1
            print("FAIL %s: %s\n--- stderr (first 800 bytes)\n%s" % (name, "; ".join(problems), err[:800]))
        else:
            print("ok   %s: exit %d: %s" % (name, r.returncode, err.strip().splitlines()[0][:120] if err.strip() else ""))
    shutil.rmtree(tmp, ignore_errors=True)
    print("%d passed, %d failed" % (len(cases) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
