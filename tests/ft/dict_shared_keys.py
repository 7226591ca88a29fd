# Three threads each write their id into the same 1000 keys of one dict,
# without a lock: the dict ends with exactly those keys, each holding one of
# the ids.
import gc
import threading

gc.disable()
d = {}
KEYS = [f"key{i}" for i in range(1000)]


def writer(tid):
    for _ in range(30):
        for k in KEYS:
            d[k] = tid


threads = [threading.Thread(target=writer, args=(tid,)) for tid in (1, 2, 3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(d), sorted(d) == sorted(KEYS))
print(all(v in (1, 2, 3) for v in d.values()))
print(set(d.values()) <= {1, 2, 3})
