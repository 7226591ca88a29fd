# Reference cycles of lists, dicts and instances are found by gc.collect().
import gc

print(gc.isenabled(), gc.get_threshold())
gc.collect()

# Ten two-object cycles of instances.
class Node:
    pass

for i in range(10):
    a = Node()
    b = Node()
    a.other = b
    b.other = a
del a, b
n = gc.collect()
print("ten instance cycles:", n >= 20)
print("nothing left:", gc.collect() == 0)

# Self-referencing containers.
l = []
l.append(l)
d = {}
d["me"] = d
s = [l, d]
del l, d
print("still reachable:", gc.collect() == 0)
del s
print("self-referencing list and dict:", gc.collect() >= 2)

# A longer ring, and a ring with something hanging off it.
ring = [[] for i in range(100)]
for i in range(100):
    ring[i].append(ring[(i + 1) % 100])
ring[0].append({"payload": list(range(10))})
del ring
print("ring of 100:", gc.collect() >= 100)

# Objects reachable from a live object are never collected.
keep = Node()
keep.child = Node()
keep.child.parent = keep
gc.collect()
print("kept alive:", keep.child.parent is keep)

# A doubly linked list.
class Link:
    def __init__(self, prev):
        self.prev = prev
        self.next = None
        if prev is not None:
            prev.next = self

head = Link(None)
cur = head
for i in range(50):
    cur = Link(cur)
del head, cur
print("doubly linked list:", gc.collect() >= 50)

# disable() stops automatic collections, collect() still works.
gc.disable()
print(gc.isenabled())
for i in range(3000):
    x = []
    x.append(x)
del x
print("manual collect while disabled:", gc.collect() >= 3000)
gc.enable()
print(gc.isenabled())

# Thresholds can be read and changed.
old = gc.get_threshold()
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold() == old)
print(len(gc.get_count()) == 3)
