# Many threads build reference cycles and call gc.collect() while the others
# keep allocating; every cycle is freed and every finalizer runs once.
import gc
import threading

NTHREADS = 6
ROUNDS = 40
PER_ROUND = 200

deleted = [0] * NTHREADS


class Node:
    def __init__(self, owner):
        self.owner = owner
        self.other = None

    def __del__(self):
        deleted[self.owner] += 1


def worker(i):
    for r in range(ROUNDS):
        for _ in range(PER_ROUND):
            a = Node(i)
            b = Node(i)
            a.other = b
            b.other = a
            d = {"self": None}
            d["self"] = d
        if r % 5 == i % 5:
            gc.collect()


threads = [threading.Thread(target=worker, args=(i,)) for i in range(NTHREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
gc.collect()
gc.collect()
print("finalized per thread:", deleted)
print("all:", sum(deleted) == NTHREADS * ROUNDS * PER_ROUND * 2)
