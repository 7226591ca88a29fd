# Tuples of numbers, strings and None stop being tracked once a collection
# has seen them; tuples that hold containers stay tracked, and a cycle
# through a tuple is still collected.
import gc

def build(n):
    return [tuple([i, str(i), None, i * 0.5]) for i in range(n)]

atoms = build(5)
holders = [tuple([[i], i]) for i in range(5)]
nested = tuple([tuple([1, 2]), tuple(["a"])])
print("before:", [gc.is_tracked(t) for t in atoms[:2]], gc.is_tracked(nested))
gc.collect()
gc.collect()
print("atoms:", [gc.is_tracked(t) for t in atoms])
print("holders:", [gc.is_tracked(t) for t in holders])
print("nested:", gc.is_tracked(nested), [gc.is_tracked(t) for t in nested])

# A list inside a tuple can later point back at the tuple: still found.
class Node:
    pass

def make_cycle():
    n = Node()
    t = tuple([n, 1])
    n.back = t
    return gc.is_tracked(t)

print("cycle tuple tracked:", make_cycle())
print("collected:", gc.collect() >= 2)

# Untracked tuples still work as values everywhere.
d = {t: i for i, t in enumerate(atoms)}
print(sum(d.values()), atoms[3], hash(atoms[2]) == hash(tuple(atoms[2])))
