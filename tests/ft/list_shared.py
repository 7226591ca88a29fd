# Many threads append, pop, insert, sort and slice one shared list without a
# lock.  Individual operations must stay whole: nothing is lost or doubled.
import gc
import threading

gc.disable()
N_THREADS = 6
PER = 3000
shared = list(range(1000))
popped = [[] for _ in range(N_THREADS)]
errors = []


def worker(k):
    mine = popped[k]
    base = 1_000_000 * (k + 1)
    try:
        for i in range(PER):
            shared.append(base + i)
            if i % 3 == 0:
                try:
                    mine.append(shared.pop())
                except IndexError:
                    pass
            if i % 7 == 0:
                try:
                    mine.append(shared.pop(0))
                except IndexError:
                    pass
            if i % 11 == 0:
                shared.insert(i % 5, base + PER + i)
            if i % 50 == 0:
                snapshot = shared[:]
                snapshot2 = shared[::2]
                if not isinstance(snapshot, list) or not isinstance(snapshot2, list):
                    errors.append("slice")
            if i % 200 == 0:
                try:
                    shared.sort()
                except ValueError:
                    pass
            if i % 97 == 0:
                _ = len(shared), (base in shared), shared.count(base)
                shared.reverse()
            if i % 123 == 0:
                _ = repr(shared)[:10]
                _ = shared == shared[:]
    except Exception as e:  # any exception is a failure
        errors.append(repr(e))


threads = [threading.Thread(target=worker, args=(k,)) for k in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

inserted = N_THREADS * PER + sum(len(range(0, PER, 11)) for _ in range(N_THREADS))
total_popped = sum(len(p) for p in popped)
print("errors:", errors)
print("length invariant:", len(shared) + total_popped == 1000 + inserted)
everything = sorted(shared + [x for p in popped for x in p])
expected = sorted(list(range(1000))
                  + [1_000_000 * (k + 1) + i for k in range(N_THREADS) for i in range(PER)]
                  + [1_000_000 * (k + 1) + PER + i for k in range(N_THREADS) for i in range(0, PER, 11)])
print("contents invariant:", everything == expected)
print("sum invariant:", sum(shared) + sum(sum(p) for p in popped) == sum(expected))
