# Threads share one product / combinations / permutations iterator and
# take items from it without a lock: every item comes out exactly once and
# no thread sees "generator already executing".
import itertools
import threading

N_THREADS = 4
errors = []


def drain(it, into):
    try:
        for x in it:
            into.append(x)
    except Exception as e:
        errors.append(repr(e))


def shared(make):
    it = make()
    got = [[] for _ in range(N_THREADS)]
    threads = [threading.Thread(target=drain, args=(it, got[k])) for k in range(N_THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sorted(x for g in got for x in g) == sorted(make())


for name, make in [
    ("product", lambda: itertools.product(range(30), repeat=2)),
    ("combinations", lambda: itertools.combinations(range(40), 2)),
    ("permutations", lambda: itertools.permutations(range(25), 2)),
    ("combinations_with_replacement", lambda: itertools.combinations_with_replacement(range(30), 2)),
]:
    print(name, all(shared(make) for _ in range(5)))
print("errors:", errors)
