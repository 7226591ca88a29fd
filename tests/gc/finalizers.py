# __del__ of objects in cycles runs exactly once; objects resurrected by a
# finalizer survive the collection.
import gc

log = []

class Fin:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(self.name)

a = Fin("a")
b = Fin("b")
a.b = b
b.a = a
del a, b
gc.collect()
print(sorted(log))
gc.collect()
print(sorted(log))

# Resurrection: the finalizer stores the object in a global.
saved = []

class Phoenix:
    def __del__(self):
        saved.append(self)

p = Phoenix()
p.me = p
del p
gc.collect()
print(len(saved), gc.is_finalized(saved[0]))
# The finalizer does not run a second time when the object dies for good.
saved[0].me = None
del saved[:]
gc.collect()
print(len(saved))

# A resurrected object keeps what it references.
class Holder:
    def __del__(self):
        saved.append(self)

h = Holder()
h.data = [1, 2, 3]
h.data.append(h)
del h
gc.collect()
print(saved[0].data[:3], saved[0].data[3] is saved[0])
saved[0].data = None
del saved[:]

# Finalizers see each other's objects still intact.
seen = []

class Peer:
    def __del__(self):
        seen.append(self.peer.value)

x = Peer()
y = Peer()
x.peer, y.peer = y, x
x.value, y.value = 1, 2
del x, y
gc.collect()
print(sorted(seen))

# An exception in __del__ is reported and the collection goes on.
class Bad:
    def __del__(self):
        raise ValueError("boom")

bad = Bad()
bad.me = bad
del bad
print("collected:", gc.collect() >= 1)

# Without a cycle __del__ runs from reference counting, once.
log.clear()
f = Fin("plain")
del f
print(log)
