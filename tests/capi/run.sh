#!/usr/bin/env bash
# Runs the C API tests against a build directory (make capi-tests builds
# what they need):
#
#   tests/capi/run.sh BUILD_DIR
#
# - each C program tests/capi/T.c, built as BUILD_DIR/capi/T and, against
#   the ASan objects, BUILD_DIR/capi/T-asan: its stdout must equal T.exp
#   and its exit status be 0;
# - the embedding example, BUILD_DIR/embed_example and its ASan build:
#   exit status 0 and the same output from both;
# - each Python program tests/capi/T.py with gilpy, gilpy-ft and
#   gilpy-asan, through tests/run.sh, with the native example module
#   (BUILD_DIR/ext) on PYTHONPATH.  They measure what holding and releasing
#   the GIL do, so gilpy-ft runs them with its GIL on (GILPY_GIL=1).
# The expected outputs are gilpy's own: CPython cannot load these modules.
# The last line is "N passed, N failed"; the exit status 1 when any failed.
set -u

here=$(cd -- "$(dirname -- "$0")" && pwd)
root=$(cd -- "$here/../.." && pwd)
build=$(cd -- "${1:-$root/build}" && pwd)
export GILPY_HOME="$root/lib" GILPY_HASHSEED=0
export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
passed=0
failed=0
tmp=$(mktemp -d)
trap 'rm -rf -- "$tmp"' EXIT

# run NAME EXPECTED_FILE COMMAND...: compare stdout with EXPECTED_FILE.
run() {
    local name=$1 exp=$2
    shift 2
    timeout -k 2 120 "$@" </dev/null >"$tmp/out" 2>"$tmp/err"
    local rc=$?
    if [[ $rc -eq 0 ]] && diff -u "$exp" "$tmp/out" >"$tmp/diff"; then
        passed=$((passed + 1))
        return
    fi
    failed=$((failed + 1))
    echo "FAIL $name (exit status $rc)"
    head -40 "$tmp/diff"
    echo "--- stderr:"
    tail -20 "$tmp/err"
}

for src in "$here"/*.c; do
    t=$(basename -- "$src" .c)
    for variant in "$t" "$t-asan"; do
        run "capi/$variant" "$here/$t.exp" "$build/capi/$variant" "$build/capi/mods"
    done
done

(cd -- "$tmp" && "$build/embed_example" >"$tmp/embed.exp" 2>/dev/null)
run embed_example "$tmp/embed.exp" "$build/embed_example"
run embed_example-asan "$tmp/embed.exp" "$build/embed_example-asan"

for bin in gilpy gilpy-ft gilpy-asan; do
    gil=
    [[ $bin == gilpy-ft ]] && gil=1
    if PYTHONPATH="$build/ext" GILPY_GIL=$gil bash "$root/tests/run.sh" -j 1 -t 120 "$build/$bin" "$here"/*.py \
        >"$tmp/py" 2>&1; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL Python tests with $bin"
        cat "$tmp/py"
    fi
done

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
