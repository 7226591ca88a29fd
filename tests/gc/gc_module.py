# The gc module's introspection functions.
import gc

print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.get_debug())

class A:
    pass

a = A()
lst = [a, "x"]
print(any(o is lst for o in gc.get_objects()))
print(gc.is_tracked(lst), gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(a))
print(a in gc.get_referents(lst), "x" in gc.get_referents(lst))
print(any(r is lst for r in gc.get_referrers(a)))
print(gc.is_finalized(a))

try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
try:
    gc.get_objects(5)
except ValueError as e:
    print("ValueError:", e)
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError:", e)
print(gc.collect(0) >= 0, gc.collect(1) >= 0, gc.collect(generation=2) >= 0)

# gc.callbacks see the start and the end of each collection.
events = []
def cb(phase, info):
    events.append((phase, info["generation"], sorted(info)))
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(events)

# DEBUG_SAVEALL keeps the garbage in gc.garbage instead of freeing it.
gc.set_debug(gc.DEBUG_SAVEALL)
x = []
x.append(x)
del x
gc.collect()
print(any(type(o) is list and len(o) == 1 and o[0] is o for o in gc.garbage))
gc.set_debug(0)
for o in gc.garbage:
    if type(o) is list:
        o.clear()
gc.garbage.clear()
print(gc.garbage)

stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
