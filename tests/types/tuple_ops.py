# Tuples: construction, methods, comparison, hashing, immutability.
t = (1, "two", 3.0, [4])
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t.index("two"), t.count(1))
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"a": 1}))
print((1, 2) + (3,), (1, 2) * 2, 3 * (0,), (1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99))
try:
    t[0] = 5
except TypeError as e:
    print(e)
t[3].append(5)
print(t)
try:
    hash(t)
except TypeError as e:
    print(e)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), {(1, 2): "v"}[(1, 2)])
a, b = (1, 2)
print(a, b, (1, (2, (3,))), ((),), 1 in (1, 2), (1,) in [(1,)])
try:
    (1, 2).index(3)
except ValueError as e:
    print(e)
print(tuple(x * 2 for x in range(3)), max((1, 5, 3)), sorted((3, 1, 2)), sum((1, 2, 3)))
print(repr((1,)), str(("a",)), repr(((1, 2), ["x"])))
try:
    (1,) + [2]
except TypeError as e:
    print(e)
print((1, 2).__len__(), (1, 2).__getitem__(0), tuple.__name__, type(()).__name__)
nested = ((1, 2), (3, 4))
print([x for pair in nested for x in pair], dict(nested))
