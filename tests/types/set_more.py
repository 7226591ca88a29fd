# Sets of tuples and strings (printed sorted), comprehension, comparison chains, frozenset keys.
pairs = {(x, y) for x in range(3) for y in range(3) if x <= y}
print(sorted(pairs), len(pairs), (1, 2) in pairs, (2, 1) in pairs)
words = set("the quick brown the lazy quick".split())
print(sorted(words), len(words), sorted(words - {"the"}))
vowels = frozenset("aeiou")
print(sorted(set("education") & vowels), sorted(set("rhythm") & vowels))
graph = {frozenset({"a", "b"}): 1, frozenset({"b", "c"}): 2}
print(graph[frozenset({"b", "a"})], frozenset({"c", "b"}) in graph)
s = set()
for i in range(1000):
    s.add(i % 37)
print(len(s), min(s), max(s), sum(s))
big = set(range(10000))
big -= set(range(0, 10000, 2))
print(len(big), 9999 in big, 9998 in big)
print({1, 2} < {1, 2, 3} < {1, 2, 3, 4}, {1} | {2} | {3} == {1, 2, 3})
print(set([1, 2]) == frozenset([1, 2]), {frozenset(): 0}, set() == frozenset())
e = set()
print(e.union(), e.intersection() if False else "skip", frozenset([1]).union([2]) == {1, 2})
a = {1, 2, 3}
b = a.copy()
b.add(4)
print(sorted(a), sorted(b), a.issubset(b), b.issuperset(a))
print(sorted({-1, -5, 3, 0}), sorted({2.5, 1, 3}), sorted({"b", "a"}), sorted({None}, key=str))
