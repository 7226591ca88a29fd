#!/bin/bash
# Compare build/astdump with Python's own ast.dump on many files.
#
#   tools/astcheck.sh [-a] [-m exec|eval|single] [-v] FILES...
#
# -a compares positions too (include_attributes=True), -v prints the first
# difference of each mismatching file.  Prints one line per mismatch and a
# summary; exits 1 when anything differs.
here=$(cd "$(dirname "$0")/.." && pwd)
# Work on a copy, so that rebuilding during a long run does not disturb it.
tool=$(mktemp /tmp/astdump.XXXXXX)
trap 'rm -f "$tool"' EXIT
cp "$here/build/astdump" "$tool" && chmod +x "$tool"
python3 - "$tool" "$@" <<'PY'
import ast, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

dump, args = sys.argv[1], sys.argv[2:]
attrs = verbose = False
mode = "exec"
files = []
i = 0
while i < len(args):
    a = args[i]
    if a == "-a":
        attrs = True
    elif a == "-v":
        verbose = True
    elif a == "-m":
        i += 1
        mode = args[i]
    else:
        files.append(a)
    i += 1

def expected(path):
    try:
        src = open(path, "rb").read()
        tree = compile(src, path, mode, ast.PyCF_ONLY_AST)
        return ast.dump(tree, include_attributes=attrs)
    except SyntaxError as e:
        return "%s: %s (line %s, offset %s)" % (type(e).__name__, e.msg, e.lineno, e.offset)
    except (RecursionError, MemoryError) as e:
        return "%s: %s" % (type(e).__name__, e)
    except ValueError as e:
        return "ValueError: %s" % e

def check(path):
    want = expected(path)
    cmd = [dump, "-m", mode] + (["-a"] if attrs else []) + [path]
    try:
        r = subprocess.run(cmd, capture_output=True, timeout=60)
        got = r.stdout.decode("utf-8", "replace").rstrip("\n")
        if r.returncode != 0:
            got += " [exit %d] %s" % (r.returncode, r.stderr.decode("utf-8", "replace")[-300:])
    except subprocess.TimeoutExpired:
        got = "TIMEOUT"
    if want.startswith(("RecursionError", "MemoryError")) and got.startswith(("RecursionError", "MemoryError")):
        return path, want, want
    return path, want, got

bad = errs = 0
with ThreadPoolExecutor(max_workers=os.cpu_count() or 4) as ex:
    for path, want, got in ex.map(check, files):
        if want == got:
            continue
        bad += 1
        kind = "ERROR" if "Error:" in want[:40] or "Error:" in got[:40] else "AST"
        errs += kind == "ERROR"
        print("MISMATCH %s %s" % (kind, path))
        if verbose:
            k = next((j for j in range(min(len(want), len(got))) if want[j] != got[j]), min(len(want), len(got)))
            print("  want: ..." + want[max(0, k - 150):k + 150])
            print("  got:  ..." + got[max(0, k - 150):k + 150])
print("%d files, %d mismatches (%d involving errors)" % (len(files), bad, errs))
sys.exit(1 if bad else 0)
PY
