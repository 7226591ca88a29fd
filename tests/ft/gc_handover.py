# Containers made before the first thread starts are freed, changed and
# collected by several threads at once: the collector's lists move from
# the single-thread layout to per-address shards when the first thread
# starts, and every object must still be found exactly once.
import gc
import threading

N_THREADS = 4
PER_THREAD = 3000


class Node:
    def __init__(self, i):
        self.i = i
        self.peer = None


def make_batch(n, base):
    items = []
    for i in range(n):
        a, b = Node(base + i), Node(-(base + i))
        a.peer, b.peer = b, a          # a cycle for the collector
        items.append([a, {"k": (i, str(i))}, (a, [i])])
    return items


# Built while one thread runs.
batches = [make_batch(PER_THREAD, k * PER_THREAD) for k in range(N_THREADS)]
gc.collect()
results = [None] * N_THREADS
barrier = threading.Barrier(N_THREADS)


def work(k):
    mine = batches[k]
    batches[k] = None
    barrier.wait()
    total = 0
    for round_ in range(3):
        # Free half of the old objects, replace them with new ones.
        fresh = make_batch(len(mine) // 2, 10 ** 6 * (k + 1) + round_)
        total += sum(entry[0].i for entry in mine[::2])
        mine = mine[1::2] + fresh
        if round_ == 1:
            gc.collect()
    total += sum(1 for entry in mine if entry[0].peer.peer is entry[0])
    results[k] = (len(mine), total)


threads = [threading.Thread(target=work, args=(k,)) for k in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
gc.collect()
print(results)
print("unreachable after join:", gc.collect())
