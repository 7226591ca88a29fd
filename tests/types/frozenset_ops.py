# frozenset: immutability, hashing, use as keys and elements, operators returning frozensets.
a = frozenset("abc")
b = frozenset("bcd")
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(type(a | b).__name__, type(a & {"b"}).__name__, type({"b"} & a).__name__, type(a.copy()).__name__)
print(a.copy() is a, frozenset(a) is a, a <= frozenset("abcz"), a.isdisjoint("xyz"))
d = {a: "first", frozenset(): "empty"}
print(d[frozenset("cba")], d[frozenset()], frozenset() in d)
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
for attr in ("add", "remove", "discard", "update", "pop", "clear"):
    print(attr, hasattr(a, attr))
print(frozenset([1, 2]) == {1, 2}, {frozenset([1, 2]): 0}.get(frozenset({2, 1})))
print(repr(frozenset()), repr(frozenset([3])), frozenset(range(3)) == frozenset([0, 1, 2]))
print(sorted(frozenset("hello")), len(frozenset("hello")), sorted(frozenset({1: 2, 3: 4})))
