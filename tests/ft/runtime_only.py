# The runtime alone, with threads that share no mutable container without a
# lock: started with _thread, they build and drop reference cycles, run
# gc.collect() (which stops the world) while the others allocate, import a
# module, and report through a lock.  Under ThreadSanitizer this program is
# expected to produce no report even before every container is thread-safe.
import _thread
import gc

N = 4
ROUNDS = 30


class Node:
    def __init__(self):
        self.other = None


def worker(k, lock, done, results):
    made = 0
    for r in range(ROUNDS):
        for i in range(300):
            a = Node()
            b = Node()
            a.other = b
            b.other = a
            made += 2
        if r % 10 == k:
            gc.collect()
    import math
    root = math.isqrt(made)
    with lock:
        results[k] = (made, root)
        if len(results) == N:
            done.release()


def main():
    lock = _thread.allocate_lock()
    done = _thread.allocate_lock()
    results = {}
    done.acquire()
    for k in range(N):
        _thread.start_new_thread(worker, (k, lock, done, results))
    done.acquire()
    gc.collect()
    print(sorted(results.items()))


main()
