# Scaling of CPU-bound threads: every thread does the same fixed amount of
# work, so with T threads the program does T times the work of one.  On an
# interpreter whose threads run in parallel, 2 threads on 2 cores take about
# as long as 1; under a GIL they take about twice as long.
# Usage: ft_scaling.py [THREADS] [WORKLOAD] [N]
#   WORKLOAD: arith (integer and float arithmetic), alloc (making and
#   dropping small objects), calls (calls of shared global functions and of
#   methods of one shared class), containers (each thread building its own
#   dicts and lists), shared (every thread updating the same dict and the
#   same list: contention, not expected to scale), or all (the default:
#   every workload but shared).
# bench/ft_scaling.sh times it with 1, 2 and 4 threads.
import sys
import threading


def arith(n):
    acc = 0
    x = 1.5
    for i in range(n):
        acc = (acc + i * i) % 1000003
        x = x * 1.000001 + 0.5 - x * 0.000001
    return acc + int(x) % 7


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def alloc(n):
    total = 0
    for i in range(n):
        p = Point(i, i + 1)
        t = (p.x, p.y, i)
        lst = [t, p]
        total += len(lst) + t[2] % 3
    return total


def square(v):
    return v * v


def combine(a, b):
    return square(a) + b


class Shape:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    def scaled(self, k):
        return self.area() * k


def calls(n):
    s = Shape(3)
    total = 0
    for i in range(n):
        total += combine(i % 10, 1) + s.scaled(2) + len("ab")
    return total


def containers(n):
    total = 0
    for i in range(n // 10):
        d = {}
        lst = []
        for k in range(10):
            d[k] = k * i
            lst.append(d[k])
        total += len(d) + sum(lst) % 11
    return total


SHARED_DICT = {}
SHARED_LIST = []


def shared(n):
    d = SHARED_DICT
    lst = SHARED_LIST
    for i in range(n):
        k = i % 64
        d[k] = d.get(k, 0) + 1
        lst.append(i)
        if len(lst) > 100:
            lst.pop()
    return 0


WORKLOADS = {"arith": (arith, 2000000), "alloc": (alloc, 1000000),
             "calls": (calls, 1000000), "containers": (containers, 1500000),
             "shared": (shared, 1000000)}


def main():
    nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    which = sys.argv[2] if len(sys.argv) > 2 else "all"
    names = sorted(set(WORKLOADS) - {"shared"}) if which == "all" else [which]
    for name in names:
        fn, n = WORKLOADS[name]
        if len(sys.argv) > 3:
            n = int(sys.argv[3])
        results = [None] * nthreads

        def run(k):
            results[k] = fn(n)

        threads = [threading.Thread(target=run, args=(k,)) for k in range(nthreads)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        print(name, nthreads, results[0], len(set(results)) == 1)


main()
