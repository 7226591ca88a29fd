# bench/deepcopy_workload.py at a small size; its output must match CPython's.
import _bench

_bench.run("deepcopy_workload", 20)
