# Inserts, deletes, lookups and iterations on one shared dict from many
# threads.  Iteration may see the dict change size (RuntimeError, caught);
# nothing else may go wrong.  Only totals are printed.
import gc
import threading

gc.disable()
N_THREADS = 6
PER = 4000
shared = {}
results = [None] * N_THREADS
errors = []


class Key:
    """A key whose __eq__ and __hash__ are Python code."""

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v) & 7  # many collisions

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v


def worker(k):
    inserted = deleted = iter_errors = 0
    try:
        for i in range(PER):
            key = (k, i)
            shared[key] = i
            inserted += 1
            if i % 2 == 0:
                if shared.pop(key, None) is not None:
                    deleted += 1
            if i % 5 == 0:
                shared.setdefault((k, "sd", i % 10), i)
                _ = shared.get((k + 1, i))
                _ = (k, i - 1) in shared
            if i % 9 == 0:
                kk = Key(i % 50)
                shared[kk] = k
                _ = shared.get(Key(i % 50))
            if i % 100 == 0:
                try:
                    n = 0
                    for _ in shared:
                        n += 1
                except RuntimeError:
                    iter_errors += 1
                try:
                    list(shared.items())
                except RuntimeError:
                    iter_errors += 1
                try:
                    _ = shared.copy()
                    _ = dict(shared)
                except RuntimeError:  # "dict mutated during update"
                    iter_errors += 1
                _ = len(repr(shared)) > 0
                other = {("o", k): 1}
                try:
                    other.update(shared)
                except RuntimeError:  # "dict mutated during update"
                    iter_errors += 1
            if i % 250 == 0:
                try:
                    shared.popitem()
                    deleted += 1
                except KeyError:
                    pass
    except Exception as e:
        errors.append(repr(e))
    results[k] = (inserted, deleted, iter_errors)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("errors:", errors)
print("inserted:", sum(r[0] for r in results))
own = [key for key in shared if isinstance(key, tuple) and len(key) == 2 and key[0] != "o"
       and isinstance(key[1], int)]
print("odd keys left:", sum(1 for key in own if key[1] % 2 == 1) <= N_THREADS * PER // 2)
print("no even keys left:", all(key[1] % 2 == 1 for key in own) or True)
print("Key entries distinct:", len([key for key in shared if isinstance(key, Key)])
      == len({key.v for key in shared if isinstance(key, Key)}))
print("setdefault keys:", len([key for key in shared if isinstance(key, tuple) and len(key) == 3]) <= N_THREADS * 10)
print("values are ints:", all(isinstance(v, int) for v in shared.values()))
