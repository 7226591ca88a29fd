#!/usr/bin/env bash
# Runs the example programs with both builds side by side.
#
#   examples/run.sh [BIN_DIR]
#
# BIN_DIR (default: build) holds gilpy, the build with the GIL, and
# gilpy-ft, the free-threaded build. Each example is run with each binary
# under a header naming the binary and whether its GIL is enabled.
set -euo pipefail

here=$(cd -- "$(dirname -- "$0")" && pwd)
bindir=$(cd -- "${1:-$here/../build}" && pwd)

# The examples, in the order a newcomer reads them; gil_tour.py shows what
# threads gain for CPU-bound and for I/O-bound work under each build.
examples=(hello.py tour.py gil_tour.py)

binaries=()
for b in gilpy gilpy-ft; do
    if [[ -x "$bindir/$b" ]]; then
        binaries+=("$bindir/$b")
    else
        echo "examples/run.sh: $bindir/$b not found; build it with make" >&2
        exit 1
    fi
done

for ex in "${examples[@]}"; do
    for bin in "${binaries[@]}"; do
        gil=$("$bin" -c 'import sys; print(sys._is_gil_enabled())' 2>/dev/null || echo unknown)
        echo "=== examples/$ex with $(basename -- "$bin") (sys._is_gil_enabled() = $gil) ==="
        (cd -- "$here" && "$bin" "$ex")
        echo
    done
done
