# Threads add and discard keys of one shared set while others iterate it,
# copy it and combine it with other sets.  Only totals are printed.
import gc
import threading

gc.disable()
N_THREADS = 6
PER = 4000
shared = set(range(-100, 0))
errors = []
counts = [0] * N_THREADS


def worker(k):
    n_iter_errors = 0
    try:
        for i in range(PER):
            v = k * PER + i
            shared.add(v)
            shared.add(str(v))
            if i % 2:
                shared.discard(v)
            if i % 3 == 0:
                shared.discard(str(v))
            if i % 200 == 0:
                try:
                    for _ in shared:
                        pass
                except RuntimeError:
                    n_iter_errors += 1
                # Copies read the set whole: no "changed size" error here.
                if len(list(shared)) < 100 or len(sorted(map(str, tuple(shared)))) < 100:
                    errors.append("short copy")
                _ = shared.copy()
                _ = frozenset(shared)
                _ = shared | {1, 2, 3}
                _ = shared & set(range(0, 100))
                _ = shared - {5}
                _ = {1, 2} <= shared
                _ = shared.isdisjoint({"x"})
                shared.update(range(-100, -90))
                shared.difference_update({-1})
            if i % 500 == 0:
                try:
                    shared.pop()
                except KeyError:
                    pass
    except Exception as e:
        errors.append(repr(e))
    counts[k] = n_iter_errors


threads = [threading.Thread(target=worker, args=(k,)) for k in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("errors:", errors)
ints = {x for x in shared if isinstance(x, int) and x >= 0}
strs = {x for x in shared if isinstance(x, str)}
print("odd ints gone:", all(x % 2 == 0 or (x % PER) % 2 == 0 for x in ints))
print("ints <= expected:", len(ints) <= N_THREADS * PER // 2)
print("str multiples of 3 gone:", all((int(x) % PER) % 3 != 0 for x in strs))
print("kinds:", sorted({type(x).__name__ for x in shared}))
