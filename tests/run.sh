#!/usr/bin/env bash
# Runs test programs with an interpreter binary and compares what they print
# with the expected output recorded beside each test.
#
#   tests/run.sh [-j N] [-t SECONDS] [-v] BINARY PATH...
#
# PATH is a test file or a directory searched recursively for *.py files.
# Files and directories whose name starts with "_" (for example _mods/, the
# modules that tests import) are not tests and are skipped.
#
# For each test T.py the runner starts "BINARY T.py" in T.py's directory with
# stdin from /dev/null and GILPY_HASHSEED=0, under a timeout. Standard output
# must equal T.py.exp byte for byte, and the exit status must equal the
# number in T.py.status (0 when that file does not exist). A test without a
# .exp file counts as failed. The last line printed is "N passed, N failed";
# the exit status is 1 when anything failed.
set -u

usage() {
    echo "usage: $0 [-j N] [-t SECONDS] [-v] BINARY PATH..." >&2
    exit 2
}

# One test, run in a child process started through xargs. Arguments:
# binary, timeout, result directory, index, test path.
run_one() {
    local bin=$1 limit=$2 resdir=$3 idx=$4 test=$5
    local dir base out err rc want reason=""
    dir=$(dirname -- "$test")
    base=$(basename -- "$test")
    out="$resdir/$idx.out"
    err="$resdir/$idx.err"

    if [[ ! -f "$test.exp" ]]; then
        reason="no expected output $test.exp (generate it with tests/mkexp.sh)"
    else
        # The outer braces keep bash's own "Segmentation fault" notices
        # out of the report; the reason line says it instead.
        {
            (cd -- "$dir" && exec env GILPY_HASHSEED=0 PYTHONDONTWRITEBYTECODE=1 \
                timeout -k 2 "$limit" "$bin" "$base") </dev/null >"$out" 2>"$err"
        } 2>/dev/null
        rc=$?
        want=0
        if [[ -f "$test.status" ]]; then
            want=$(tr -d ' \t\r\n' <"$test.status")
        fi
        if [[ $rc -eq 124 ]]; then
            reason="timed out after ${limit}s"
        elif [[ $rc -gt 128 && $rc -ne $want ]]; then
            reason="killed by signal $((rc - 128)) ($(kill -l $((rc - 128)) 2>/dev/null || echo '?'))"
        elif [[ $rc -ne $want ]]; then
            reason="exit status $rc, expected $want"
        fi
        if ! cmp -s -- "$test.exp" "$out"; then
            reason="${reason:+$reason; }output differs"
        fi
    fi

    local report="$resdir/$idx.report"
    if [[ -z "$reason" ]]; then
        echo "pass $test" >"$report"
    else
        {
            echo "FAIL $test: $reason"
            if [[ -f "$test.exp" ]] && ! cmp -s -- "$test.exp" "$out"; then
                diff -u --label expected --label actual -- "$test.exp" "$out" |
                    awk 'NR <= 40 { print } NR == 41 { print "... (diff truncated)" }'
            fi
            if [[ -s "$err" ]]; then
                echo "--- stderr (last lines):"
                tail -n 12 -- "$err"
            fi
            echo
        } >"$report"
    fi
    rm -f -- "$out" "$err"

    # Print each result as soon as it is known, one report at a time.
    if [[ -z "$reason" && $VERBOSE -eq 0 ]]; then
        return 0
    fi
    if command -v flock >/dev/null 2>&1; then
        flock "$resdir/lock" cat -- "$report"
    else
        cat -- "$report"
    fi
}

if [[ "${1:-}" == "--one" ]]; then
    shift
    run_one "$@"
    exit 0
fi

jobs=$(nproc 2>/dev/null || echo 2)
limit=20
VERBOSE=0
while getopts "j:t:vh" opt; do
    case $opt in
    j) jobs=$OPTARG ;;
    t) limit=$OPTARG ;;
    v) VERBOSE=1 ;;
    *) usage ;;
    esac
done
shift $((OPTIND - 1))
[[ $# -ge 2 ]] || usage
export VERBOSE

bin=$1
shift
# Tests run in their own directory, so a binary given by a relative path
# must be made absolute first; a bare name is looked up on PATH.
if [[ "$bin" == */* ]]; then
    [[ -x "$bin" ]] || { echo "$0: $bin is not an executable file" >&2; exit 2; }
    bin=$(cd -- "$(dirname -- "$bin")" && pwd)/$(basename -- "$bin")
else
    command -v -- "$bin" >/dev/null || { echo "$0: $bin not found on PATH" >&2; exit 2; }
    bin=$(command -v -- "$bin")
fi

tests=()
for p in "$@"; do
    if [[ -d "$p" ]]; then
        while IFS= read -r -d '' f; do
            tests+=("$f")
        done < <(find "$p" -mindepth 1 -name '_*' -prune -o -type f -name '*.py' -print0 | sort -z)
    elif [[ -f "$p" ]]; then
        tests+=("$p")
    else
        echo "$0: no such test file or directory: $p" >&2
        exit 2
    fi
done

# Tests that write files use /tmp/gilpy-test-*; remove any left behind by
# earlier runs (old enough that no running test can still own them).
find /tmp -maxdepth 1 -name 'gilpy-test-*' -mmin +60 -delete 2>/dev/null

resdir=$(mktemp -d "${TMPDIR:-/tmp}/gilpy-tests.XXXXXX")
trap 'rm -rf -- "$resdir"' EXIT
: >"$resdir/lock"

self=$(cd -- "$(dirname -- "$0")" && pwd)/$(basename -- "$0")
for i in "${!tests[@]}"; do
    printf '%s\0%s\0' "$i" "${tests[$i]}"
done | xargs -0 -n 2 -P "$jobs" bash "$self" --one "$bin" "$limit" "$resdir"

passed=0
failed=0
for i in "${!tests[@]}"; do
    if [[ -f "$resdir/$i.report" ]] && read -r word _ <"$resdir/$i.report" && [[ $word == pass ]]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
    fi
done

if [[ ${#tests[@]} -eq 0 ]]; then
    echo "$0: no tests found" >&2
    echo "0 passed, 0 failed"
    exit 1
fi
if [[ $failed -gt 0 ]]; then
    echo "failed tests:"
    for i in "${!tests[@]}"; do
        if ! { read -r word _ <"$resdir/$i.report" && [[ $word == pass ]]; } 2>/dev/null; then
            echo "  ${tests[$i]}"
        fi
    done
fi
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
