# bench/meteor_contest.py at a small size; its output must match CPython's.
import _bench

_bench.run("meteor_contest", 5)
