#!/usr/bin/env bash
# Throughput of 2 and 4 threads against 1 for each workload of
# bench/ft_scaling.py, on each binary given (default: build/gilpy-ft,
# build/gilpy, python3, and python3.13t when on PATH).
#
#   bench/ft_scaling.sh [-n RUNS] [-w WORKLOAD]... [BIN...]
#
# Every thread does the same work, so the throughput of T threads against
# one is T * time(1) / time(T): 2.0 means two threads ran fully in
# parallel, 1.0 that they took turns.  Each configuration runs RUNS times
# (default 3), alternating binaries; the best (least disturbed) time counts.
# build/gilpy-ft runs with GILPY_GIL=0.  The shared workload (all threads
# updating one dict and one list) measures contention: it is not expected
# to scale.
set -u
here=$(cd -- "$(dirname -- "$0")" && pwd)
root=$(dirname -- "$here")
runs=3
workloads=()
while getopts "n:w:" opt; do
    case $opt in
    n) runs=$OPTARG ;;
    w) workloads+=("$OPTARG") ;;
    *) echo "usage: $0 [-n RUNS] [-w WORKLOAD]... [BIN...]" >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
bins=("$@")
if [[ ${#bins[@]} -eq 0 ]]; then
    for b in "$root/build/gilpy-ft" "$root/build/gilpy"; do [[ -x $b ]] && bins+=("$b"); done
    for b in python3 python3.13t; do command -v "$b" > /dev/null && bins+=("$b"); done
fi
[[ ${#workloads[@]} -eq 0 ]] && workloads=(arith alloc calls containers shared)

# Best wall-clock time of RUNS runs of: BIN ft_scaling.py THREADS WORKLOAD
best_time() {
    local bin=$1 threads=$2 w=$3 best="" t0 t1 el
    for ((i = 0; i < runs; i++)); do
        t0=$(date +%s.%N)
        GILPY_GIL=0 "$bin" "$here/ft_scaling.py" "$threads" "$w" > /dev/null || { echo fail; return; }
        t1=$(date +%s.%N)
        el=$(echo "$t1 - $t0" | bc -l)
        if [[ -z $best ]] || (($(echo "$el < $best" | bc -l))); then best=$el; fi
    done
    echo "$best"
}

printf "%-12s %-22s %8s %8s %8s %7s %7s\n" workload binary "1 thr" "2 thr" "4 thr" "2x" "4x"
for w in "${workloads[@]}"; do
    for b in "${bins[@]}"; do
        t1=$(best_time "$b" 1 "$w")
        t2=$(best_time "$b" 2 "$w")
        t4=$(best_time "$b" 4 "$w")
        r2=$(echo "2 * $t1 / $t2" | bc -l)
        r4=$(echo "4 * $t1 / $t4" | bc -l)
        printf "%-12s %-22s %8.2f %8.2f %8.2f %7.2f %7.2f\n" "$w" "$(basename "$b")" "$t1" "$t2" "$t4" "$r2" "$r4"
    done
done
