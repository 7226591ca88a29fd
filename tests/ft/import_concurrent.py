# Many threads import the same module at once: they all get the one module
# object and its body runs once.  Two modules that import each other,
# imported from two threads at once, do not deadlock.
import os
import sys
import threading

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_mods"))

N = 8
barrier = threading.Barrier(N)
got = [None] * N


def importer(i):
    barrier.wait()
    import slow_mod
    got[i] = (slow_mod, slow_mod.total())


threads = [threading.Thread(target=importer, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
mods = set(id(m) for m, _ in got)
print("one module:", len(mods) == 1, "same as sys.modules:", got[0][0] is sys.modules["slow_mod"])
print("body ran:", sys.slow_mod_runs, "totals:", sorted(set(v for _, v in got)))

names = []
b2 = threading.Barrier(2)


def ring(first):
    b2.wait()
    if first == "a":
        import ring_a as m
    else:
        import ring_b as m
    names.append(m.NAME)


threads = [threading.Thread(target=ring, args=(x,)) for x in "ab"]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("ring:", sorted(names), sys.modules["ring_a"].ring_b is sys.modules["ring_b"])
