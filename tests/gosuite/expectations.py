"""The results file and the committed expectations (expected.txt), and the regression check.

Both files hold one line per test file: `STATUS PATH REASON`, STATUS being pass, fail or
skip and PATH relative to Go's test directory (`chan/fifo.go`, `ken/chan.go`, `235.go`);
`#` starts a comment line. The check is one-way: a file expected to pass must pass; any
other change (a failure that now passes, a skip that now fails because the feature became
supported, a new file) is reported as a note asking to update expected.txt.
"""
import os

STATUSES = ("pass", "fail", "skip")


def read(path):
    entries = {}
    if not os.path.exists(path):
        return entries
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split(None, 2)
            if len(parts) < 2 or parts[0] not in STATUSES:
                raise SystemExit("%s:%d: malformed line: %r" % (path, n, line))
            entries[parts[1]] = (parts[0], parts[2] if len(parts) > 2 else "")
    return entries


def _sort_key(path):
    # Directories first (chan/, ken/), then the top-level files.
    return ("/" not in path, path)


def write(path, entries, header):
    with open(path, "w", encoding="utf-8") as f:
        for line in header:
            f.write("# " + line + "\n" if line else "#\n")
        for p in sorted(entries, key=_sort_key):
            status, reason = entries[p]
            f.write(("%s %s %s" % (status, p, reason)).rstrip() + "\n")


def compare(expected, results):
    """Returns (regressions, notes) as lists of lines. results maps path -> (status, reason)."""
    regressions, notes = [], []
    for p in sorted(results, key=_sort_key):
        status, reason = results[p]
        if p not in expected:
            notes.append("%s: not in expected.txt (now %s) - please update expected.txt" % (p, status))
            continue
        want, _ = expected[p]
        if want == "pass" and status != "pass":
            regressions.append("%s: expected to pass, now %s: %s" % (p, status, reason))
        elif want != "pass" and status == "pass":
            notes.append("%s: now passes (was %s) - please update expected.txt" % (p, want))
        elif want != status:
            notes.append("%s: was %s, now %s: %s - please update expected.txt" % (p, want, status, reason))
    return regressions, notes
