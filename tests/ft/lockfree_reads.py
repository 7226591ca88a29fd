# Readers that look up dict keys, globals, class attributes and methods
# while writers replace, delete, pop and resize the same dicts and change
# the classes.  Every read must give a value that was stored at some time
# (never a freed or foreign object), and every replaced value must still be
# released in the end (its finalizer runs).
import gc
import threading

N = 3000
READERS = 3


class Box:
    finalized = 0
    lock = threading.Lock()

    def __init__(self, n):
        self.n = n

    def __del__(self):
        with Box.lock:
            Box.finalized += 1


made = 0
made_lock = threading.Lock()


def new_box(n):
    global made
    with made_lock:
        made += 1
    return Box(n)


shared = {}
G = new_box(0)


class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


class C(A):
    label = new_box(0)

    def value(self):
        return 1


errors = []
done = threading.Event()


def writer():
    global G
    for i in range(N):
        shared["k%d" % (i % 50)] = new_box(i)
        if i % 7 == 0:
            shared.pop("k%d" % ((i * 3) % 50), None)
        if i % 11 == 0 and shared:
            try:
                shared.popitem()
            except KeyError:
                pass
        if i % 97 == 0:
            # Grow well past the current table, then clear: resizes.
            for j in range(200):
                shared["tmp%d" % j] = new_box(j)
            for j in range(200):
                del shared["tmp%d" % j]
        G = new_box(i)
        C.label = new_box(i)
        if i % 5 == 0:
            C.value = (lambda self, i=i: i) if i % 2 else C.__dict__["value"]
        if i % 13 == 0:
            C.__bases__ = (B,) if C.__bases__ == (A,) else (A,)
    done.set()


def reader(k):
    c = C()
    bad = 0
    while not done.is_set():
        for j in range(50):
            v = shared.get("k%d" % j)
            if v is not None and type(v) is not Box:
                bad += 1
        if type(G) is not Box or type(G.n) is not int:
            bad += 1
        if type(C.label) is not Box:
            bad += 1
        if type(c.value()) is not int:
            bad += 1
        if c.who() not in ("A", "B"):
            bad += 1
    errors.append(bad)


threads = [threading.Thread(target=reader, args=(k,)) for k in range(READERS)]
threads.append(threading.Thread(target=writer))
for t in threads:
    t.start()
for t in threads:
    t.join()

print("readers", len(errors), "errors", sum(errors))
shared.clear()
G = None
C.label = None
gc.collect()
print("all released", Box.finalized == made, made > N)
