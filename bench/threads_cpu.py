"""CPU-bound work in threads against the same work done sequentially.

    threads_cpu.py [N]

The work is 8 equal chunks of pure-Python arithmetic.  N = 0 runs them one
after another in the main thread; N >= 1 shares them out over N threads.
With a GIL only one thread runs Python code at a time, so N threads should
take about the sequential time: the cost of switching is what this
measures.  The printed result is the same for every N.
"""
import sys
import threading

CHUNKS = 8
STEPS = 600_000


def chunk(seed):
    # A linear congruential walk: integer work with no allocation-heavy
    # containers, so that only the interpreter and the GIL are measured.
    x = seed
    acc = 0
    for _ in range(STEPS):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        acc += x >> 16
    return acc


def run_sequential():
    return [chunk(i) for i in range(CHUNKS)]


def run_threads(n):
    results = [None] * CHUNKS

    def worker(k):
        for i in range(k, CHUNKS, n):
            results[i] = chunk(i)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


n = int(sys.argv[1]) if len(sys.argv) > 1 else 4
results = run_sequential() if n == 0 else run_threads(n)
print(CHUNKS, "chunks, checksum", sum(results) % 1_000_000_007)
