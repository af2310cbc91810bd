#!/usr/bin/env python3
"""The install is relocatable: `cmake --install BUILD --prefix P`, then P is moved elsewhere
(the original P no longer exists), and the moved P/bin/minigo builds and runs
examples/hello.mg from an unrelated working directory, invoked by path, through a symlink
and through $PATH. The -x command line must name only the moved prefix: neither the build
tree nor the source tree's runtime/include. When the build made a precompiled runtime
header, the moved install must use it (and GCC must accept it). Finally an install whose
headers were removed must fail with a clear error, not quietly use the source tree.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cmake", required=True)
    ap.add_argument("--build-dir", required=True)
    ap.add_argument("--source-dir", required=True)
    a = ap.parse_args()
    build = os.path.realpath(a.build_dir)
    source = os.path.realpath(a.source_dir)
    hello = os.path.join(source, "examples", "hello.mg")
    want = open(os.path.join(source, "examples", "hello.out")).read()
    failures = []

    def check(cond, msg):
        if not cond:
            failures.append(msg)
        return cond

    # A new directory per run: CTest may run this test while another one uses the build.
    tmp = tempfile.mkdtemp(prefix="minigo-install-test-")
    try:
        staged = os.path.join(tmp, "staged")
        r = subprocess.run([a.cmake, "--install", build, "--prefix", staged],
                           capture_output=True, text=True, timeout=600)
        if r.returncode != 0:
            print("FAIL cmake --install:\n" + r.stdout + r.stderr)
            return 1
        moved = os.path.join(tmp, "elsewhere", "minigo root")  # a space: quoting matters
        os.makedirs(os.path.dirname(moved))
        shutil.move(staged, moved)
        check(not os.path.exists(staged), "the staged prefix still exists after the move")
        minigo = os.path.join(moved, "bin", "minigo")
        work = os.path.join(tmp, "work")
        os.makedirs(work)
        env = dict(os.environ)
        env.pop("CXX", None)

        # 1. By path, default output name (the stem, in the working directory), with -x.
        r = subprocess.run([minigo, "build", "-x", hello], cwd=work, capture_output=True,
                           text=True, timeout=300, env=env)
        if check(r.returncode == 0, "minigo build failed (%d):\n%s" % (r.returncode, r.stderr)):
            cmd = r.stderr
            check(os.path.join(moved, "include") in cmd,
                  "the -x command does not use the moved include directory:\n" + cmd)
            check(os.path.join(moved, "lib", "minigo", "libminigo_rt.a") in cmd,
                  "the -x command does not link the moved runtime:\n" + cmd)
            check(build not in cmd, "the -x command names the build tree:\n" + cmd)
            check(os.path.join(source, "runtime") not in cmd,
                  "the -x command names the source tree's runtime:\n" + cmd)
            check(staged not in cmd, "the -x command names the original prefix:\n" + cmd)
            if os.path.exists(os.path.join(build, "lib", "minigo", "pch", "compiler")):
                check(os.path.join(moved, "lib", "minigo", "pch", "O2") in cmd,
                      "the precompiled runtime header is not used:\n" + cmd)
                check("-Winvalid-pch]" not in cmd,
                      "GCC rejected the installed precompiled header:\n" + cmd)
            exe = os.path.join(work, "hello")
            if check(os.path.exists(exe), "no ./hello in the working directory"):
                p = subprocess.run([exe], capture_output=True, text=True, timeout=60)
                check(p.returncode == 0 and p.stdout == want,
                      "./hello: exit %d, stdout %r, want %r" % (p.returncode, p.stdout, want))

        # 2. Through a symlink in another directory, found on $PATH (argv[0] is "minigo").
        links = os.path.join(tmp, "links")
        os.makedirs(links)
        os.symlink(minigo, os.path.join(links, "minigo"))
        env2 = dict(env, PATH=links + os.pathsep + env.get("PATH", ""))
        r = subprocess.run(["minigo", "run", hello], cwd=work, capture_output=True, text=True,
                           timeout=300, env=env2)
        check(r.returncode == 0 and r.stdout == want,
              "minigo run through $PATH and a symlink: exit %d, stdout %r, stderr %r"
              % (r.returncode, r.stdout, r.stderr))

        # 3. An install without its headers says so, and does not fall back to the sources.
        shutil.rmtree(os.path.join(moved, "include"))
        r = subprocess.run([minigo, "build", hello, "-o", "broken"], cwd=work,
                           capture_output=True, text=True, timeout=300, env=env)
        check(r.returncode != 0 and "minigo: error: cannot find the minigo runtime" in r.stderr,
              "an install without headers: exit %d, stderr %r" % (r.returncode, r.stderr))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    if failures:
        print("FAIL relocatable install\n  " + "\n  ".join(failures))
        return 1
    print("ok relocatable install")
    return 0


if __name__ == "__main__":
    sys.exit(main())
