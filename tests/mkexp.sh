#!/usr/bin/env bash
# Records the expected output of test programs by running them with CPython
# 3.11, the reference implementation. This is the only way .exp files are made.
#
#   tests/mkexp.sh [--stderr] PATH...
#
# PATH is a test file or a directory (searched recursively like tests/run.sh,
# skipping names that start with "_"). For each T.py it writes T.py.exp
# (stdout), and T.py.status when the exit status is not 0. With --stderr it
# also writes T.py.err, the standard error with T.py's directory replaced by
# <DIR>, for tests/cli/run.sh to compare tracebacks.
#
# Every test is run twice; a test whose output changes between runs is not
# deterministic (set order of strings, addresses, timings) and is reported.
set -u

PY=${PYTHON:-python3}
want_err=0
if [[ "${1:-}" == "--stderr" ]]; then
    want_err=1
    shift
fi
[[ $# -ge 1 ]] || { echo "usage: $0 [--stderr] PATH..." >&2; exit 2; }

version=$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
if [[ "$version" != "3.11" ]]; then
    echo "$0: $PY is Python $version; expected outputs must come from 3.11" >&2
    exit 2
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
        echo "$0: no such file or directory: $p" >&2
        exit 2
    fi
done

tmp=$(mktemp -d)
trap 'rm -rf -- "$tmp"' EXIT
bad=0
for t in "${tests[@]}"; do
    dir=$(cd -- "$(dirname -- "$t")" && pwd)
    base=$(basename -- "$t")
    for run in 1 2; do
        (cd -- "$dir" && exec env GILPY_HASHSEED=0 PYTHONDONTWRITEBYTECODE=1 \
            timeout -k 2 60 "$PY" "$base") </dev/null >"$tmp/out$run" 2>"$tmp/err$run"
        echo $? >"$tmp/rc$run"
    done
    rc=$(cat "$tmp/rc1")
    if ! cmp -s "$tmp/out1" "$tmp/out2" || ! cmp -s "$tmp/rc1" "$tmp/rc2"; then
        echo "$t: NOT DETERMINISTIC (output differs between two runs)" >&2
        bad=1
    fi
    cp -- "$tmp/out1" "$t.exp"
    if [[ "$rc" -ne 0 ]]; then
        echo "$rc" >"$t.status"
        echo "$t: exit status $rc" >&2
        if [[ $want_err -eq 0 ]]; then
            sed 's/^/    /' "$tmp/err1" | tail -n 4 >&2
        fi
    else
        rm -f -- "$t.status"
    fi
    if [[ $want_err -eq 1 ]]; then
        # Replace the directory with a placeholder without treating it as a
        # regular expression.
        awk -v d="$dir" '{ while ((i = index($0, d)) > 0) $0 = substr($0, 1, i - 1) "<DIR>" substr($0, i + length(d)); print }' \
            "$tmp/err1" >"$t.err"
    fi
done
echo "$0: recorded ${#tests[@]} tests" >&2
exit $bad
