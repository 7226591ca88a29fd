# bench/unpack_sequence.py at a small size; its output must match CPython's.
import _bench

_bench.run("unpack_sequence", 3000)
