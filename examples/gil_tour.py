"""A tour of the GIL: what threads buy for CPU-bound and for I/O-bound work,
and what a shared dict looks like when three threads write into it.

Run it with build/gilpy (the GIL build) and build/gilpy-ft (the
free-threaded build); the timings show how each treats threads."""
import sys
import threading
import time


def count(n):
    total = 0
    for i in range(n):
        total += i % 7
    return total


def timed(label, fn):
    start = time.perf_counter()
    fn()
    elapsed = time.perf_counter() - start
    print(f"  {label:<34} {elapsed:6.3f} s")
    return elapsed


def in_threads(target, nthreads, *args):
    threads = [threading.Thread(target=target, args=args) for _ in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


gil = getattr(sys, "_is_gil_enabled", lambda: True)()
print(f"GIL enabled: {gil}")

print("\n1. CPU-bound work: 4 x count(3_000_000)")
seq = timed("sequential", lambda: [count(3_000_000) for _ in range(4)])
par = timed("4 threads", lambda: in_threads(count, 4, 3_000_000))
print(f"  threads / sequential = {par / seq:.2f}")
print("  With a GIL the threads take turns: about the sequential time.")
print("  Without one they run on every core at once.")


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y


def shapes(n):
    total = 0
    for i in range(n):
        total += Vec(i, 1).dot(Vec(1, i))
    return total


print("\n1b. Objects and method calls: 4 x shapes(300_000)")
print("  (every thread makes instances of one shared class and calls its")
print("  methods, reading the same globals and class attributes)")
seq = timed("sequential", lambda: [shapes(300_000) for _ in range(4)])
par = timed("4 threads", lambda: in_threads(shapes, 4, 300_000))
print(f"  threads / sequential = {par / seq:.2f}")

print("\n2. I/O-bound work: 10 x sleep(0.2)")
seq = timed("sequential", lambda: [time.sleep(0.2) for _ in range(10)])
par = timed("10 threads", lambda: in_threads(time.sleep, 10, 0.2))
print(f"  threads / sequential = {par / seq:.2f}")
print("  A blocking call releases the GIL, so waiting threads overlap.")

print("\n3. Three threads write their id into the same 1000 keys of one dict")
shared = {}


def writer(ident):
    for key in range(1000):
        shared[key] = ident


ids = [1, 2, 3]
threads = [threading.Thread(target=writer, args=(i,)) for i in ids]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("  first ten values:", [shared[k] for k in range(10)])
print("  every value is a thread id:", all(v in ids for v in shared.values()))
print("  the dict holds exactly 1000 keys:", len(shared) == 1000)
print("  Which thread wrote last differs from run to run; the dict is never torn.")
