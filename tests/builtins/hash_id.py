# hash() of numbers and tuples (deterministic) and id() identity relations.
for v in [0, 1, -1, -2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 1.0, 1.5, -1.5, 0.1, 1e100, float("inf"), float("-inf"), True, False, 0.0, -0.0, 1 + 0j, 2j, 1.5 - 2j]:
    print(repr(v), hash(v))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash(((), ())), hash((-1, -2)))
print(hash(None) == hash(None), hash(frozenset()) == hash(frozenset()), hash(frozenset({1, 2})))
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), id(None) == id(None), type(id(a)).__name__)
x = object()
print(id(x) == id(x), hash(x) == hash(x))
