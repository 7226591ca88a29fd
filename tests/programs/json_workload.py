# bench/json_workload.py at a small size; its output must match CPython's.
import _bench

_bench.run("json_workload", 3)
