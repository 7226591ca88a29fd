#!/usr/bin/env bash
# Times the benchmark programs with several interpreters and compares them.
#
#   bench/run.sh [--rss] [-n RUNS] [-b BIN]... [-a ARGS] [PROGRAM[:ARGS]...]
#
# By default the binaries are build/gilpy, build/gilpy-ft and python3 (each
# only if it exists) and the programs are every bench/*.py. A PROGRAM is a
# name ("nbody"), a file name ("nbody.py") or a path, optionally followed by
# a colon and comma-separated arguments for it ("threads_cpu:4" runs
# threads_cpu.py with argument 4; its row is named threads_cpu:4). Every program runs
# RUNS times (default 5) with each binary in turn, alternating binaries so
# that a change in machine load affects them alike. The table shows the
# median wall-clock seconds per binary and the ratios
#   first gilpy binary / python3     (below 1 means faster than CPython)
#   each other gilpy binary / first  (for example gilpy-ft / gilpy)
# and ends with their geometric means. A binary whose output differs from
# the first binary's, or that fails, is marked and left out of the ratios.
# -a passes ARGS (split at spaces) to every program after its file name,
# for example a thread count: bench/run.sh -a 10 threads_socket
# With --rss every run goes through /usr/bin/time, and a second table shows
# the median peak resident set size (MiB) of each binary with the same
# ratios.
set -u

here=$(cd -- "$(dirname -- "$0")" && pwd)
root=$(dirname -- "$here")
runs=5
bins=()
allargs=()
rss=0

usage() {
    echo "usage: $0 [--rss] [-n RUNS] [-b BIN]... [-a ARGS] [PROGRAM[:ARGS]...]" >&2
    exit 2
}
rest=()
for a in "$@"; do
    if [[ "$a" == --rss ]]; then rss=1; else rest+=("$a"); fi
done
set -- "${rest[@]+"${rest[@]}"}"
if [[ $rss -eq 1 && ! -x /usr/bin/time ]]; then
    echo "$0: --rss needs /usr/bin/time (Debian package time)" >&2
    exit 2
fi
while getopts "n:b:a:h" opt; do
    case $opt in
    n) runs=$OPTARG ;;
    b) bins+=("$OPTARG") ;;
    a) read -r -a more <<<"$OPTARG"; allargs+=("${more[@]}") ;;
    *) usage ;;
    esac
done
shift $((OPTIND - 1))
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || usage

if [[ ${#bins[@]} -eq 0 ]]; then
    for b in "$root/build/gilpy" "$root/build/gilpy-ft"; do
        [[ -x "$b" ]] && bins+=("$b")
    done
    command -v python3 >/dev/null 2>&1 && bins+=("python3")
fi
[[ ${#bins[@]} -gt 0 ]] || { echo "$0: no binary to run (build first, or pass -b)" >&2; exit 2; }

# Resolve binaries to absolute paths and short labels for the table.
paths=()
labels=()
for b in "${bins[@]}"; do
    if [[ "$b" == */* ]]; then
        [[ -x "$b" ]] || { echo "$0: $b is not executable" >&2; exit 2; }
        paths+=("$(cd -- "$(dirname -- "$b")" && pwd)/$(basename -- "$b")")
    else
        p=$(command -v -- "$b") || { echo "$0: $b not found on PATH" >&2; exit 2; }
        paths+=("$p")
    fi
    labels+=("$(basename -- "$b")")
    # A python3 found on PATH may be a wrapper script (pyenv, for one) whose
    # own start-up would be timed too: time the interpreter it runs instead.
    if [[ "$(basename -- "$b")" == python* ]]; then
        real=$("${paths[-1]}" -c 'import sys; print(sys.executable)' 2>/dev/null || true)
        [[ -n "$real" && -x "$real" ]] && paths[-1]=$real
    fi
done

programs=()
progargs=()
names=()
if [[ $# -eq 0 ]]; then
    for f in "$here"/*.py; do
        programs+=("$f")
        progargs+=("")
        names+=("$(basename -- "$f" .py)")
    done
else
    for spec in "$@"; do
        p=$spec
        a=""
        if [[ ! -f "$p" && "$p" == *:* ]]; then
            a=${p#*:}
            p=${p%%:*}
        fi
        progargs+=("${a//,/ }")
        names+=("$(basename -- "$p" .py)${a:+:$a}")
        if [[ -f "$p" ]]; then
            programs+=("$(cd -- "$(dirname -- "$p")" && pwd)/$(basename -- "$p")")
        elif [[ -f "$here/$p" ]]; then
            programs+=("$here/$p")
        elif [[ -f "$here/$p.py" ]]; then
            programs+=("$here/$p.py")
        else
            echo "$0: no benchmark $p" >&2
            exit 2
        fi
    done
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/gilpy-bench.XXXXXX")
trap 'rm -rf -- "$tmp"' EXIT

now() {
    if [[ -n "${EPOCHREALTIME:-}" ]]; then
        echo "${EPOCHREALTIME/,/.}"
    else
        date +%s.%N
    fi
}

# results holds one line per measurement: program, binary index, seconds,
# and a status word (ok, mismatch or fail).
results=$tmp/results
: >"$results"
nb=${#paths[@]}
for ((pi = 0; pi < ${#programs[@]}; pi++)); do
    prog=${programs[$pi]}
    name=${names[$pi]}
    read -r -a args <<<"${progargs[$pi]}"
    for ((r = 1; r <= runs; r++)); do
        for ((i = 0; i < nb; i++)); do
            [[ -t 2 ]] && printf '\r%-20s run %d/%d  %-12s' "$name" "$r" "$runs" "${labels[$i]}" >&2
            wrap=()
            [[ $rss -eq 1 ]] && wrap=(/usr/bin/time -f %M -o "$tmp/rss")
            start=$(now)
            (cd -- "$here" && GILPY_HASHSEED=0 "${wrap[@]+"${wrap[@]}"}" "${paths[$i]}" "$prog" ${allargs[@]+"${allargs[@]}"} ${args[@]+"${args[@]}"}) </dev/null >"$tmp/out" 2>"$tmp/err"
            rc=$?
            end=$(now)
            kib=0
            [[ $rss -eq 1 ]] && kib=$(tail -n 1 "$tmp/rss")
            status=ok
            if [[ $rc -ne 0 ]]; then
                status=fail
            elif [[ $i -eq 0 && $r -eq 1 ]]; then
                cp "$tmp/out" "$tmp/ref"
            elif [[ -f "$tmp/ref" ]] && ! cmp -s "$tmp/ref" "$tmp/out"; then
                status=mismatch
            fi
            if [[ $status != ok && ! -f "$tmp/note.$name.$i" ]]; then
                {
                    echo "$name with ${labels[$i]}: $status (exit status $rc)"
                    head -n 3 "$tmp/out" | sed 's/^/  stdout: /'
                    tail -n 3 "$tmp/err" | sed 's/^/  stderr: /'
                } >"$tmp/note.$name.$i"
            fi
            echo "$name $i $(awk -v a="$start" -v b="$end" -v k="$kib" 'BEGIN { printf "%.4f %s", b - a, k / 1024 }') $status" >>"$results"
        done
    done
    rm -f "$tmp/ref"
done
[[ -t 2 ]] && printf '\r%-50s\r' "" >&2

# The ratio columns: the first non-python binary against python3 (when both
# are present), then every other non-python binary against that first one.
ref=-1
first=-1
for ((i = 0; i < nb; i++)); do
    if [[ "${labels[$i]}" == python* ]]; then
        [[ $ref -lt 0 ]] && ref=$i
    elif [[ $first -lt 0 ]]; then
        first=$i
    fi
done
pairs=""
if [[ $first -ge 0 && $ref -ge 0 ]]; then
    pairs="$first:$ref"
fi
for ((i = 0; i < nb; i++)); do
    if [[ $i -ne $first && "${labels[$i]}" != python* && $first -ge 0 ]]; then
        pairs="$pairs $i:$first"
    fi
done

table() {
awk -v col="$1" -v labels="${labels[*]}" -v pairs="$pairs" -v order="${names[*]}" '
function median(list,    n, a, i, j, t) {
    n = split(list, a, " ")
    for (i = 2; i <= n; i++) {
        t = a[i]
        for (j = i - 1; j >= 1 && a[j] + 0 > t + 0; j--) a[j + 1] = a[j]
        a[j + 1] = t
    }
    if (n % 2) return a[(n + 1) / 2]
    return (a[n / 2] + a[n / 2 + 1]) / 2
}
{
    key = $1 SUBSEP $2
    times[key] = times[key] " " $col
    if ($5 != "ok") bad[key] = $5
}
END {
    nb = split(labels, lab, " ")
    np = split(pairs, pr, " ")
    nprog = split(order, progs, " ")
    printf "%-16s", "program"
    for (i = 1; i <= nb; i++) printf " %12s", lab[i]
    for (k = 1; k <= np; k++) {
        split(pr[k], ab, ":")
        printf " %16s", lab[ab[1] + 1] "/" lab[ab[2] + 1]
    }
    printf "\n"
    for (p = 1; p <= nprog; p++) {
        name = progs[p]
        printf "%-16s", name
        for (i = 0; i < nb; i++) {
            key = name SUBSEP i
            med[i] = median(times[key])
            cell = sprintf("%.3f", med[i])
            if (key in bad) cell = cell (bad[key] == "fail" ? " FAIL" : " DIFF")
            printf " %12s", cell
        }
        for (k = 1; k <= np; k++) {
            split(pr[k], ab, ":")
            a = ab[1]; b = ab[2]
            if ((name SUBSEP a) in bad || (name SUBSEP b) in bad || med[b] <= 0) {
                printf " %16s", "-"
                continue
            }
            ratio = med[a] / med[b]
            logsum[k] += log(ratio)
            count[k]++
            printf " %16.2f", ratio
        }
        printf "\n"
    }
    if (np > 0) {
        printf "%-16s", "geometric mean"
        for (i = 1; i <= nb; i++) printf " %12s", ""
        for (k = 1; k <= np; k++) {
            if (count[k]) printf " %16.2f", exp(logsum[k] / count[k])
            else printf " %16s", "-"
        }
        printf "\n"
    }
}' "$results"
}

echo "bench/run.sh: $runs runs per binary, median wall-clock seconds; $(date -u +%Y-%m-%d) on $(nproc) cores"
table 3
if [[ $rss -eq 1 ]]; then
    echo
    echo "peak resident set size, MiB (median of $runs runs, /usr/bin/time %M)"
    table 4
fi

status=0
for f in "$tmp"/note.*; do
    [[ -e "$f" ]] || continue
    cat "$f"
    status=1
done
exit $status
