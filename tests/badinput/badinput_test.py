#!/usr/bin/env python3
"""Bad input never crashes the compiler: each case below must end with a clear message and a
non-zero exit (or, for inputs that are valid, exit 0), never a signal, an abort, an uncaught
exception or an internal error. Cases: missing file, unreadable file, directory, empty file,
no `package main`, no `func main`, invalid UTF-8, a NUL byte, binary garbage, unterminated
string / raw string / rune / comment, 100,000-deep nesting, a 20 MB source file, bad flags."""
import argparse
import os
import random
import subprocess
import sys
import tempfile

BAD_SIGNS = ("internal error", "Assertion", "terminate called", "Segmentation", "Aborted",
             "stack overflow", "PLEASE submit a bug report", "Stack dump")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--minigo", required=True)
    a = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="minigo-badinput-")

    def write(name, data):
        p = os.path.join(tmp, name)
        with open(p, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode())
        return p

    cases = []  # (name, argv, expect_ok, must_mention)
    cases.append(("missing file", ["check", os.path.join(tmp, "nope.mg")], False, "no such file"))
    unreadable = write("unreadable.mg", "package main\nfunc main() {}\n")
    os.chmod(unreadable, 0)
    if os.geteuid() != 0:  # root can read anything
        cases.append(("unreadable file", ["check", unreadable], False, "permission denied"))
    cases.append(("directory", ["check", tmp], False, "directory"))
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
    cases.append(("unknown sub-command", ["frobnicate"], False, ""))
    cases.append(("bad flag", ["build", "--no-such-flag", write("ok.mg", "package main\nfunc main() {}\n")], False, "no-such-flag"))
    cases.append(("bad -O level", ["build", "-O9", os.path.join(tmp, "ok.mg")], False, "-O"))
    cases.append(("no input", ["build"], False, ""))

    failed = 0
    for name, argv, expect_ok, mention in cases:
        try:
            r = subprocess.run([a.minigo] + argv, capture_output=True, timeout=300, cwd=tmp)
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
        for sign in BAD_SIGNS:
            if sign in err:
                problems.append("stderr shows %r" % sign)
        if problems:
            failed += 1
            print("FAIL %s: %s\n--- stderr (first 800 bytes)\n%s" % (name, "; ".join(problems), err[:800]))
        else:
            print("ok   %s: exit %d: %s" % (name, r.returncode, err.strip().splitlines()[0][:120] if err.strip() else ""))
    print("%d passed, %d failed" % (len(cases) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
