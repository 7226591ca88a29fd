# Immortal objects (None, True, small built-in types, interned strings,
# methods of built-in types) counted heavily by the only thread, then by
# several threads at once after the first thread starts: they stay alive
# and immortal, and the counts of ordinary objects stay exact.
import sys
import threading

NAME = 'immortal_owner_name'


def churn(n):
    keep = []
    for i in range(n):
        keep.append((None, True, False, int, str, NAME, list.append, ...))
        if len(keep) > 1000:
            keep.clear()
    return len(keep)


def big_counts():
    held = [None] * 300000 + [True] * 300000 + [NAME] * 300000
    ok = all(sys.getrefcount(o) > 300000 for o in (None, True, NAME))
    del held
    return ok


print('before threads:', churn(20000), big_counts())

obj = object()
base = sys.getrefcount(obj)
results = []
lock = threading.Lock()


def worker():
    r = churn(20000)
    ok = big_counts()
    mine = [obj] * 1000
    del mine
    with lock:
        results.append((r, ok))


threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
churn(20000)
for t in threads:
    t.join()
print('threads:', sorted(results))
print('after threads:', churn(20000), big_counts())
print('ordinary count exact:', sys.getrefcount(obj) == base)
print('None is None:', None is None, type(None)(), bool(None), repr(None))
