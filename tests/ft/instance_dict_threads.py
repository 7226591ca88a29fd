# Threads create, replace and write the __dict__ of shared instances and
# functions without a lock.  The dict made on first use is the same for
# every thread, replaced dicts are freed (no reference lost or doubled),
# and setattr() never writes into a dict that another thread just took
# off the object.
import gc
import threading
import weakref

N_THREADS = 6


def run(targets):
    threads = [threading.Thread(target=f) for f in targets]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


# 1. First use of a function's __dict__ from several threads at once.
lost = 0
for _ in range(30):
    def f():
        pass
    barrier = threading.Barrier(N_THREADS)

    def put(k):
        def go():
            barrier.wait()
            f.__dict__["a%d" % k] = k
        return go

    run([put(k) for k in range(N_THREADS)])
    lost += N_THREADS - len(f.__dict__)
print("function dict entries lost:", lost)


# 2. Replacing __dict__ from several threads: every replaced dict dies.
class Holder:
    pass


class D(dict):
    pass


for target in (Holder(), (lambda: None)):
    refs = [[] for _ in range(N_THREADS)]

    def replace(k, target=target):
        def go():
            for i in range(500):
                d = D(x=i)
                refs[k].append(weakref.ref(d))
                target.__dict__ = d
        return go

    run([replace(k) for k in range(N_THREADS)])
    target.__dict__ = {}
    gc.collect()
    print(type(target).__name__, "replaced dicts alive:",
          sum(r() is not None for rs in refs for r in rs))


# 3. setattr() racing with __dict__ replacement: a dict taken off the
#    object keeps the keys it had when it was taken.
obj = Holder()
stop = threading.Event()
taken = []


def setter():
    i = 0
    while not stop.is_set():
        setattr(obj, "p%d" % i, i)
        i += 1


def taker():
    for _ in range(2000):
        d = obj.__dict__
        obj.__dict__ = {}
        taken.append((d, frozenset(d)))


setters = [threading.Thread(target=setter) for _ in range(3)]
for t in setters:
    t.start()
run([taker, taker])
stop.set()
for t in setters:
    t.join()
print("detached dicts written later:", sum(set(d) != keys for d, keys in taken))
