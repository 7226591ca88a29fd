# Threads search a shared list with count(), `in`, index() and remove()
# while other threads add and take out their own items.  Each thread's own
# values are touched by it alone, so what it finds of them is exact: a
# search must not miss an item or count one twice because items before it
# moved.  Ints compare by value alone; tuples need the full comparison.
import threading
from collections import deque

N_THREADS = 4
ROUNDS = 300
shared = list(range(-50, 0))
errors = []


def worker(k):
    try:
        for r in range(ROUNDS):
            v = 1000 * (k + 1) + r % 7
            tup = (k, r % 5)
            shared.append(v)
            shared.extend([v, tup])
            if shared.count(v) != 2:
                errors.append(("count", k))
            if shared.count(tup) != 1:
                errors.append(("count tuple", k))
            if v not in shared or tup not in shared:
                errors.append(("in", k))
            shared.index(v)
            shared.index(tup)
            shared.remove(v)
            shared.remove(tup)
            if shared.count(v) != 1:
                errors.append(("count after remove", k))
            shared.remove(v)
            if v in shared or tup in shared:
                errors.append(("still in", k))
    except Exception as e:
        errors.append(repr(e))


d = deque(range(100))


def deque_worker(k):
    try:
        for r in range(ROUNDS):
            v = 1000 * (k + 1) + r % 3
            d.append(v)
            if d.count(v) != 1 or v not in d:
                errors.append(("deque count", k))
            d.index(v)
            d.remove(v)
            if v in d:
                errors.append(("deque still in", k))
    except Exception as e:
        errors.append(repr(e))


for target in (worker, deque_worker):
    threads = [threading.Thread(target=target, args=(k,)) for k in range(N_THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

# A deque refilled by other threads: searching ints sees one state of it,
# so the search finds the value or reports it absent, and never finds the
# deque "mutated during iteration".
refilled = deque(range(100))
stop = threading.Event()


def refiller():
    while not stop.is_set():
        refilled.clear()
        refilled.extend(range(100))
        refilled.appendleft(-1)


def searcher():
    try:
        for _ in range(3000):
            try:
                refilled.index(50)
            except ValueError:
                pass
            refilled.count(7)
            _ = 42 in refilled
    except Exception as e:
        errors.append(repr(e))


refillers = [threading.Thread(target=refiller) for _ in range(2)]
for t in refillers:
    t.start()
searchers = [threading.Thread(target=searcher) for _ in range(2)]
for t in searchers:
    t.start()
for t in searchers:
    t.join()
stop.set()
for t in refillers:
    t.join()

print("errors:", errors)
print("list left as it was:", sorted(shared) == list(range(-50, 0)))
print("deque left as it was:", list(d) == list(range(100)))
