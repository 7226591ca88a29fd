# Threads replace an exception's __dict__ while others read it, without a
# lock: every dict read is one that was set, and every replaced dict is
# freed in the end.
import gc
import threading
import weakref


class D(dict):
    pass


e = Exception()
refs = []
errors = []


def writer():
    mine = []
    for i in range(5000):
        d = D(n=i)
        mine.append(weakref.ref(d))
        e.__dict__ = d
    refs.extend(mine)


def reader():
    for _ in range(5000):
        d = e.__dict__
        if not isinstance(d, dict) or (d and "n" not in d):
            errors.append("bad dict")


threads = [threading.Thread(target=writer) for _ in range(2)] + \
          [threading.Thread(target=reader) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
e.__dict__ = {}
gc.collect()
print("errors:", errors)
print("replaced dicts alive:", sum(r() is not None for r in refs))
