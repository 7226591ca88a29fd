# bench/chaos.py at a small size; its output must match CPython's.
import _bench

_bench.run("chaos", 3000)
