"""Reads the execution recipe at the top of a file of Go's test suite, as Go's test/run.go does.

The recipe is the text before the first blank line, minus a first line that holds `+build`,
minus the leading `//`: its first word is the action (`run`, `errorcheck`, `compile`,
`runoutput`, `rundir`, ...) and the rest are flags and arguments. Build constraints
(`//go:build` and `// +build` lines before `package`) are evaluated for linux/amd64 with the
tags run.go knows (GOOS, GOARCH, gc, cgo, test_run and the default GOEXPERIMENT tags of Go
1.19 on amd64); a file whose constraints fail is not run by Go either.
"""
import re
import shlex

# The tags run.go's context.match accepts on linux/amd64 (Go 1.19, cgo enabled,
# GO_GCFLAGS empty so gcflags_noopt is false).
TRUE_TAGS = {"linux", "amd64", "gc", "cgo", "test_run",
             "goexperiment.regabiwrappers", "goexperiment.regabiargs"}


class Recipe:
    """action: the first word ('' if none); args: the remaining words; why_not: a reason
    Go's run.go would not run the file at all (starts with a newline, constraint false)."""

    def __init__(self, action, args, why_not):
        self.action = action
        self.args = args
        self.why_not = why_not


def _tag(name):
    if not re.fullmatch(r"[\w.]+", name):
        return False
    return name in TRUE_TAGS


def _eval_plus_build(line):
    # `// +build A,B C` means (A && B) || C; `!` negates one tag.
    words = line.split()[1:]
    if not words:
        return True
    for alt in words:
        ok = True
        for term in alt.split(","):
            neg = term.startswith("!")
            name = term[1:] if neg else term
            if _tag(name) == neg:
                ok = False
        if ok:
            return True
    return False


def _eval_go_build(expr):
    # //go:build grammar: || of && of (!)* (tag | '(' expr ')').
    toks = re.findall(r"\|\||&&|!|\(|\)|[\w.]+|\S", expr)
    pos = 0

    def peek():
        return toks[pos] if pos < len(toks) else None

    def take():
        nonlocal pos
        pos += 1
        return toks[pos - 1]

    def or_expr():
        v = and_expr()
        while peek() == "||":
            take()
            v = and_expr() or v
        return v

    def and_expr():
        v = not_expr()
        while peek() == "&&":
            take()
            v = not_expr() and v
        return v

    def not_expr():
        if peek() == "!":
            take()
            return not not_expr()
        if peek() == "(":
            take()
            v = or_expr()
            if take() != ")":
                raise ValueError("missing )")
            return v
        t = take()
        if t is None or not re.fullmatch(r"[\w.]+", t):
            raise ValueError("bad tag")
        return _tag(t)

    v = or_expr()
    if pos != len(toks):
        raise ValueError("trailing tokens")
    return v


def constraint_holds(line):
    """None if line is not a build constraint, else whether it holds on linux/amd64."""
    s = line.strip()
    m = re.match(r"//go:build(\s.*)?$", s)
    if m:
        try:
            return _eval_go_build(m.group(1) or "")
        except (ValueError, IndexError):
            return None  # constraint.Parse fails: run.go ignores the line
    if re.match(r"//\s*\+build(\s|$)", s):
        return _eval_plus_build(s[2:].strip())
    return None


def parse(src):
    if src.startswith("\n"):
        return Recipe("", [], "starts with newline")
    action, sep, _ = src.partition("\n\n")
    if not sep:
        return Recipe("", [], "no blank line ending the execution recipe")
    first, nl, rest = action.partition("\n")
    if nl and "+build" in first:
        action = rest
    if action.startswith("//"):
        action = action[2:]
    header, sep, _ = src.partition("\npackage")
    if not sep:
        header = action
    for line in header.split("\n"):
        if line.startswith("package "):
            break
        if constraint_holds(line) is False:
            return Recipe("", [], "build constraint false on linux/amd64: " + line.strip())
    try:
        words = shlex.split(action, comments=False, posix=True)
    except ValueError:
        words = action.split()
    if not words:
        return Recipe("", [], None)
    return Recipe(words[0], words[1:], None)
