# Threads push, pop, replace and pushpop on one heap without a lock.  With
# int and float priorities each call is one step: no spurious
# RuntimeError, nothing lost or doubled, and the heap invariant holds at
# the end.
import heapq
import threading

N_THREADS = 4
ROUNDS = 2000
heap = []
popped = [[] for _ in range(N_THREADS)]
pushed = [[] for _ in range(N_THREADS)]
errors = []


def worker(k):
    out, inn = popped[k], pushed[k]
    try:
        for i in range(ROUNDS):
            v = (i * 7919 + k * 104729) % 1000
            item = v if i % 3 else v + 0.5
            heapq.heappush(heap, item)
            inn.append(item)
            if i % 2:
                try:
                    out.append(heapq.heappop(heap))
                except IndexError:
                    pass
            if i % 5 == 0:
                try:
                    out.append(heapq.heapreplace(heap, v))
                    inn.append(v)
                except IndexError:
                    pass
            if i % 7 == 0:
                inn.append(v - 1)
                out.append(heapq.heappushpop(heap, v - 1))
    except Exception as e:
        errors.append(repr(e))


threads = [threading.Thread(target=worker, args=(k,)) for k in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("errors:", errors)
all_in = sorted(x for p in pushed for x in p)
all_out = sorted(heap + [x for p in popped for x in p])
print("nothing lost or doubled:", all_in == all_out)
print("heap invariant:", all(heap[i] <= heap[c] for i in range(len(heap))
                             for c in (2 * i + 1, 2 * i + 2) if c < len(heap)))
drained = []
while heap:
    drained.append(heapq.heappop(heap))
print("drained sorted:", drained == sorted(drained))
