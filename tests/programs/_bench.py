"""Run a program of bench/ at a small size, so that its output can be
compared with CPython's quickly (the benchmark runs it at full size)."""
import sys


def run(name, size):
    root = __file__.rsplit("/", 3)[0]
    path = root + "/bench/" + name + ".py"
    sys.argv = [path, str(size)]
    with open(path) as f:
        code = compile(f.read(), path, "exec")
    exec(code, {"__name__": "__main__", "__file__": path})
