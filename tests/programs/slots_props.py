# bench/slots_props.py at a small size; its output must match CPython's.
import _bench

_bench.run("slots_props", 100)
