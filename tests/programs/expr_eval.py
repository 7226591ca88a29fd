# bench/expr_eval.py at a small size; its output must match CPython's.
import _bench

_bench.run("expr_eval", 3)
