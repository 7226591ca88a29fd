# bench/stdlib_containers.py at a small size; its output must match CPython's.
import _bench

_bench.run("stdlib_containers", 20000)
