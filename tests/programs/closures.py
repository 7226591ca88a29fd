# bench/closures.py at a small size; its output must match CPython's.
import _bench

_bench.run("closures", 5000)
