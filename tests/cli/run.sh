#!/usr/bin/env bash
# Tests of the command line: options, script sources, exit statuses and what
# goes to stderr.
#
#   tests/cli/run.sh BINARY
#
# Every check runs BINARY in a scratch directory with stdin from /dev/null
# unless the check feeds it something else. Tracebacks are compared with the
# .py.err files beside the programs in tests/cli/tb/, recorded from CPython by
# "tests/mkexp.sh --stderr tests/cli/tb". The version check expects output
# starting with "gilpy" (or "Python" when BINARY is a CPython, so that the
# script itself can be checked against the reference implementation).
# The last line printed is "N passed, N failed".
set -u

if [[ $# -ne 1 ]]; then
    echo "usage: $0 BINARY" >&2
    exit 2
fi
bin=$1
if [[ "$bin" == */* ]]; then
    [[ -x "$bin" ]] || { echo "$0: $bin is not an executable file" >&2; exit 2; }
    bin=$(cd -- "$(dirname -- "$bin")" && pwd)/$(basename -- "$bin")
else
    bin=$(command -v -- "$bin") || { echo "$0: $1 not found on PATH" >&2; exit 2; }
fi
here=$(cd -- "$(dirname -- "$0")" && pwd)
limit=20

scratch=$(mktemp -d "${TMPDIR:-/tmp}/gilpy-cli.XXXXXX")
trap 'rm -rf -- "$scratch"' EXIT
out=$scratch/stdout
err=$scratch/stderr
work=$scratch/work
mkdir -p "$work"

passed=0
failed=0

# Runs the binary with the given arguments inside $work; stdin comes from
# the variable $input when it is set, otherwise from /dev/null.
run() {
    if [[ -n "${input+set}" ]]; then
        (cd "$work" && printf '%s' "$input" | GILPY_HASHSEED=0 timeout -k 2 "$limit" "$bin" "$@") >"$out" 2>"$err"
    else
        (cd "$work" && GILPY_HASHSEED=0 timeout -k 2 "$limit" "$bin" "$@") </dev/null >"$out" 2>"$err"
    fi
    status=$?
}

pass() {
    passed=$((passed + 1))
    [[ "${VERBOSE:-0}" == 1 ]] && echo "ok   $1"
    return 0
}

fail() {
    failed=$((failed + 1))
    echo "FAIL $1: $2"
    echo "  --- stdout:"
    head -n 15 "$out" | sed 's/^/  | /'
    echo "  --- stderr:"
    head -n 15 "$err" | sed 's/^/  | /'
}

# check NAME STATUS EXPECTED_STDOUT -- ARGS...
# Compares the exit status and the whole standard output.
check() {
    local name=$1 want_status=$2 want_out=$3
    shift 4
    run "$@"
    if [[ $status -ne $want_status ]]; then
        fail "$name" "exit status $status, expected $want_status"
    elif [[ "$(cat "$out")" != "$want_out" ]]; then
        fail "$name" "stdout differs; expected: $(printf '%q' "$want_out")"
    else
        pass "$name"
    fi
}

# check_err NAME STATUS STDERR_REGEX -- ARGS...
# Compares the exit status and requires a line of stderr to match a regex.
check_err() {
    local name=$1 want_status=$2 regex=$3
    shift 4
    run "$@"
    if [[ $status -ne $want_status ]]; then
        fail "$name" "exit status $status, expected $want_status"
    elif ! grep -Eq -- "$regex" "$err"; then
        fail "$name" "no stderr line matches /$regex/"
    else
        pass "$name"
    fi
}

# --- -c ---------------------------------------------------------------------
check "-c prints" 0 "3" -- -c 'print(1 + 2)'
check "-c argv" 0 "['-c', 'a', 'b c']" -- -c 'import sys; print(sys.argv)' a 'b c'
check "-c __name__" 0 "__main__" -- -c 'print(__name__)'
check "-c multi-line" 0 $'0\n1' -- -c $'for i in range(2):\n    print(i)'
check "-c options after the command are arguments" 0 "['-c', '-u', '-X']" -- -c 'import sys; print(sys.argv)' -u -X
check "-c sys.path[0] is empty" 0 "True" -- -c 'import sys; print(sys.path[0] == "")'
check "-c exit status" 4 "" -- -c 'import sys; sys.exit(4)'
check "-c exit 256 wraps to 0" 0 "" -- -c 'import sys; sys.exit(256)'
check "-c output without newline is flushed" 0 "no newline" -- -c 'print("no newline", end="")'
check_err "-c without argument" 2 "." -- -c
run -c 'raise ValueError("from -c")'
expected=$'Traceback (most recent call last):\n  File "<string>", line 1, in <module>\nValueError: from -c'
if [[ $status -eq 1 && "$(cat "$err")" == "$expected" ]]; then
    pass "-c uncaught exception traceback"
else
    fail "-c uncaught exception traceback" "status $status (want 1) or stderr differs; expected: $(printf '%q' "$expected")"
fi
check_err "-c syntax error" 1 '^SyntaxError: invalid syntax$' -- -c 'x = = 1'

# --- scripts and their arguments ---------------------------------------------
cat >"$work/script.py" <<'EOF'
import sys
print(sys.argv)
print(__name__)
EOF
check "script argv" 0 $'[\'script.py\', \'one\', \'two words\', \'-c\', \'--\']\n__main__' -- script.py one 'two words' -c --
check "script by absolute path" 0 $'[\''"$work"$'/script.py\']\n__main__' -- "$work/script.py"
check_err "missing script" 2 "can't open file '.*nofile\\.py': \\[Errno 2\\] No such file or directory" -- nofile.py
check "-u accepted" 0 $'[\'script.py\']\n__main__' -- -u script.py
check "-X name=value accepted" 0 $'[\'script.py\']\n__main__' -- -X name=value script.py
check "-X name accepted" 0 "ok" -- -X somename -c 'print("ok")'
check_err "unknown option" 2 "." -- -Z

# --- script from standard input ---------------------------------------------
input=$'import sys\nprint(1 + 1)\nprint(sys.argv)\n'
check "script on stdin" 0 $'2\n[\'\']' --
check "- reads stdin" 0 $'2\n[\'-\', \'arg\']' -- - arg
input=$'def f():\n    return "multi-line stdin"\nprint(f())\n'
check "multi-line script on stdin" 0 "multi-line stdin" --
input=$'import sys\nprint("before")\nsys.exit(3)\n'
check "stdin script exit status" 3 "before" --
unset input

# --- -m ----------------------------------------------------------------------
cat >"$work/runme.py" <<'EOF'
import sys
print(__name__, sys.argv[1:], sys.argv[0].endswith("runme.py"))
EOF
mkdir -p "$work/mpkg"
: >"$work/mpkg/__init__.py"
cat >"$work/mpkg/tool.py" <<'EOF'
import sys
print("tool", __name__, sys.argv[1:])
EOF
check "-m module" 0 "__main__ ['x', 'y'] True" -- -m runme x y
check "-m submodule of a package" 0 "tool __main__ ['--flag']" -- -m mpkg.tool --flag
check_err "-m missing module" 1 "No module named no_such_module_xyz" -- -m no_such_module_xyz

# --- version and help --------------------------------------------------------
prefix=gilpy
[[ "$(basename -- "$bin")" == python* ]] && prefix=Python
for opt in -V --version; do
    run "$opt"
    if [[ $status -eq 0 ]] && cat "$out" "$err" | head -n 1 | grep -q "^$prefix"; then
        pass "$opt"
    else
        fail "$opt" "status $status (want 0), or first line does not start with $prefix"
    fi
done
run -h
if [[ $status -eq 0 && -s "$out" ]]; then
    pass "-h"
else
    fail "-h" "status $status (want 0) or nothing printed on stdout"
fi

# --- -X gilstats: one line per thread at exit (gilpy only) --------------------
if [[ $prefix == gilpy ]]; then
    cat >"$work/gilstats.py" <<'EOF'
import threading
def work():
    n = 0
    for i in range(20000):
        n += i
threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done")
EOF
    line='acquisitions [0-9]+, waited [0-9.]+ ms, held [0-9.]+ ms, drop requests [0-9]+, forced switches [0-9]+$'
    run -X gilstats gilstats.py
    mains=$(grep -Ec "^gilstats: main thread [0-9]+: $line" "$err")
    others=$(grep -Ec "^gilstats: thread [0-9]+: $line" "$err")
    if [[ $status -eq 0 && "$(cat "$out")" == done && $mains -eq 1 && $others -eq 2 ]]; then
        pass "-X gilstats"
    else
        fail "-X gilstats" "status $status, $mains main-thread and $others thread lines (want 0, 1, 2)"
    fi
    run gilstats.py
    if [[ $status -eq 0 && ! -s "$err" ]]; then
        pass "no gilstats without -X gilstats"
    else
        fail "no gilstats without -X gilstats" "status $status or stderr not empty"
    fi
fi

# --- exit statuses and stderr of scripts --------------------------------------
cat >"$work/exitmsg.py" <<'EOF'
print("out")
raise SystemExit("message on stderr")
EOF
run exitmsg.py
if [[ $status -eq 1 && "$(cat "$out")" == "out" && "$(cat "$err")" == "message on stderr" ]]; then
    pass "SystemExit(str)"
else
    fail "SystemExit(str)" "status $status (want 1), or stdout/stderr differ"
fi
cat >"$work/exit3.py" <<'EOF'
import sys
sys.exit(3)
EOF
check "sys.exit(3)" 3 "" -- exit3.py
run exit3.py
if [[ -s "$err" ]]; then
    fail "sys.exit(3) is silent" "stderr is not empty"
else
    pass "sys.exit(3) is silent"
fi

# --- the interactive prompt, on a pseudo-terminal made by script(1) -----------
if command -v script >/dev/null 2>&1; then
    printf '1+2\ndef f(x):\n    return x*2\n\nf(21)\nx = (1,\n2)\nx\n1/0\nprint("after")\n' |
        timeout -k 2 "$limit" script -qec "$bin" /dev/null 2>&1 | tr -d '\r' >"$out"
    want=$'>>> 1+2\n3\n>>> def f(x):\n...     return x*2\n... \n>>> f(21)\n42\n>>> x = (1,\n... 2)\n>>> x\n(1, 2)\n>>> 1/0\nTraceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nZeroDivisionError: division by zero\n>>> print("after")\nafter'
    # The terminal echoes the typed lines first; the transcript starts at the prompt.
    if [[ "$(sed -n '/^>>> 1+2$/,/^after$/p' "$out")" == "$want" ]]; then
        pass "interactive prompt: echo, continuation lines, traceback"
    else
        fail "interactive prompt" "transcript differs"
        sed 's/^/  /' "$out" | head -n 30
    fi
fi

# --- tracebacks compared with CPython's ----------------------------------------
for t in "$here"/tb/*.py; do
    name=tb/$(basename -- "$t")
    if [[ ! -f "$t.err" ]]; then
        failed=$((failed + 1))
        echo "FAIL $name: no $t.err (make it with tests/mkexp.sh --stderr tests/cli/tb)"
        continue
    fi
    dir=$(dirname -- "$t")
    want_status=0
    [[ -f "$t.status" ]] && want_status=$(tr -d ' \t\r\n' <"$t.status")
    (cd "$dir" && GILPY_HASHSEED=0 timeout -k 2 "$limit" "$bin" "$(basename -- "$t")") </dev/null >"$out" 2>"$scratch/raw_err"
    status=$?
    awk -v d="$dir" '{ while ((i = index($0, d)) > 0) $0 = substr($0, 1, i - 1) "<DIR>" substr($0, i + length(d)); print }' \
        "$scratch/raw_err" >"$err"
    if [[ $status -ne $want_status ]]; then
        fail "$name" "exit status $status, expected $want_status"
    elif ! cmp -s "$t.err" "$err"; then
        fail "$name" "stderr differs"
        diff -u --label expected --label actual "$t.err" "$err" | head -n 30 | sed 's/^/  /'
    else
        pass "$name"
    fi
done

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
