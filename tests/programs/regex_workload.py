# bench/regex_workload.py at a small size; its output must match CPython's.
import _bench

_bench.run("regex_workload", 1)
