# bench/logging_format.py at a small size; its output must match CPython's.
import _bench

_bench.run("logging_format", 3000)
