# Sets with many elements: membership, algebra, removal while rebuilding.
a = set(range(0, 30000, 2))
b = set(range(0, 30000, 3))
print(len(a), len(b), len(a & b), len(a | b), len(a - b), len(a ^ b))
print(sum(a & b) % 1000003, min(a - b), max(a ^ b))
words = {f"w{i % 1234}" for i in range(100000)}
print(len(words), "w0" in words, "w1234" in words)
c = set()
for i in range(5000):
    c.add(i)
    if i % 2:
        c.discard(i - 1)
print(len(c), sorted(c)[:5])
fs = frozenset(range(1000))
print(len(fs), hash(fs) == hash(frozenset(range(999, -1, -1))))
nested = {frozenset({i, i + 1}) for i in range(100)}
print(len(nested), frozenset({5, 6}) in nested, frozenset({6, 5}) in nested)
s = set(range(10))
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print(e)
