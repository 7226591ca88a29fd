# Set operators and methods, frozensets, mixing the two.
# Results are printed through sorted() (S below) because iteration order of a
# set is an implementation detail once elements collide in the table.
S = sorted
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(S(a | b), S(a & b), S(a - b), S(b - a), S(a ^ b))
print(S(a.union(b, [9])), S(a.intersection(b, {4})), S(a.difference([1], (2,))), S(a.symmetric_difference([4, 10])))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > a, {1, 9}.issubset(a), a.issuperset([1, 2]))
print(a.isdisjoint({7}), a.isdisjoint([1]), {1} == {1.0}, {1, 2} != {2, 1})
s = set()
s.add(3); s.add(3); s.update([4, 5], {6}); print(S(s))
s.discard(99); s.discard(3); print(S(s))
s.remove(4); print(S(s))
try:
    s.remove(4)
except KeyError as e:
    print("KeyError", e)
p = s.pop()
print(p in (5, 6), len(s))
s.clear()
print(s, set(), set("aabbc") == {"a", "b", "c"}, S(set(range(3))), set([1, 1]))
c = {1, 2, 3}
c |= {4}; c &= {1, 2, 4}; c -= {1}; c ^= {2, 9}
print(S(c))
c.intersection_update([4, 9, 10]); print(S(c))
c.difference_update([9]); print(S(c))
c.symmetric_difference_update({1, 4}); print(S(c))
fs = frozenset([3, 1, 2])
print(fs, S(fs | {4}), type(fs | {4}).__name__, type({4} | fs).__name__, S(fs & a), hash(fs) == hash(frozenset([1, 2, 3])))
print(frozenset(), frozenset("a"), {fs: "ok"}[frozenset({1, 2, 3})], fs == {1, 2, 3})
try:
    fs.add(1)
except AttributeError as e:
    print(e)
try:
    a | [1]
except TypeError as e:
    print(e)
print(len({i % 7 for i in range(100)}), sorted({"b", "a", "c"}), 2 in fs, [] == list(set()))
print(sorted(set("mississippi")), max({5, 1, 9}), sum({1, 2, 3}), S({x * x for x in range(-3, 4)}))
print(repr(set()), repr(frozenset()), repr({1}), repr(frozenset({1})), {1, 2, 3}, {0, 1, 2, 3, 4, 5})
