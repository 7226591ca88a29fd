# Threads replace and read the __slots__ attributes of shared objects
# (each value a fresh heap object), and a property backed by a slot.
import threading

N_THREADS = 4
PER = 20000
errors = []


class Point:
    __slots__ = ("x", "y", "_tag")

    def __init__(self):
        self.x = 0.5
        self.y = "start"
        self._tag = None

    @property
    def tag(self):
        return self._tag

    @tag.setter
    def tag(self, v):
        self._tag = v


shared = [Point() for _ in range(4)]


def worker(k):
    bad = 0
    try:
        for i in range(PER):
            p = shared[i % 4]
            if k % 2:
                p.x = float(i)
                p.y = "v%d" % i
                p.tag = (k, i)
            else:
                if not isinstance(p.x, float) or not isinstance(p.y, str):
                    bad += 1
                t = p.tag
                if t is not None and len(t) != 2:
                    bad += 1
    except Exception as e:
        errors.append(repr(e))
    if bad:
        errors.append(bad)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("errors:", errors)
print(all(isinstance(p.x, float) and p.y.startswith("v") for p in shared))
