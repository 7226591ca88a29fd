s = {1, 2, 3}
s.symmetric_difference_update({3, 4}); print(s)
s.intersection_update({1, 2, 4, 5}); print(s)
s.difference_update({1}, [9]); print(s)
s.update(range(3), (7,)); print(s)
print({x * x for x in range(-3, 4)}, {c for c in 'mississippi'} == set('misp'))
print(sorted({(1, 'a'), (0, 'b'), (1, 'A')}), sorted(frozenset({3, 1}) | {2}))
fs = frozenset([1, 2])
print(fs.union([3]), fs.intersection([2]), fs.difference([1]), fs.copy() is fs, type(fs.union()).__name__)
print({1, 2} == {2, 1}, {1, 2} != {1}, {1} < {1, 2} < {1, 2, 3}, {1, 2}.issubset([1, 2]), set() <= set())
print(set('abc') - set('b') == {'a', 'c'}, len(set(range(10**4)) & set(range(5000, 2 * 10**4))))
e = set()
print(e.union(), e.intersection(), repr(e), bool(e), bool({0}))
try:
    {1} - [1]
except TypeError as e:
    print(e)
try:
    frozenset([1]).add(2)
except AttributeError as e:
    print(e)
