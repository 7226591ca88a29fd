# Threads share one tuple iterator, enumerate (with counts past the
# machine word) or zip, and take items without a lock: every item and
# every count comes out exactly once, and no result tuple is handed out
# twice.  (Which count goes with which item is not promised when threads
# share an enumerate, nor which pairs a shared zip makes.)
import sys
import threading

N_THREADS = 4
errors = []


def drain(it, into):
    try:
        for x in it:
            into.append(x)
    except Exception as e:
        errors.append(repr(e))


def shared(make, expected):
    it = make()
    got = [[] for _ in range(N_THREADS)]
    threads = [threading.Thread(target=drain, args=(it, got[k])) for k in range(N_THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    results = [x for g in got for x in g]
    if isinstance(expected[0], tuple):
        # Each position on its own, and each result a tuple of its own.
        return (len({id(x) for x in results}) == len(results) and
                all(sorted(x[k] for x in results) == sorted(e[k] for e in expected)
                    for k in range(len(expected[0]))))
    return sorted(results) == sorted(expected)


data = tuple(range(20000))
print("tuple:", all(shared(lambda: iter(data), data) for _ in range(5)))
start = sys.maxsize - 1000
print("enumerate:", all(shared(lambda: enumerate(data, start),
                               list(zip(range(start, start + len(data)), data)))
                        for _ in range(5)))
print("zip:", all(shared(lambda: zip(data, data), list(zip(data, data))) for _ in range(5)))
print("errors:", errors)
