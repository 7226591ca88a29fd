print({5, 3, 100, 8, 16, 0}, {1, 2, 3}, {-1, -2, 7}, set(range(20, 0, -3)))
s = set()
for i in [33, 1, 65, 97, 2, 8]:
    s.add(i)
print(s, list(s))
s.discard(1); s.add(129)
print(s)
print({2**64, 1, 2**63}, {0.5, 1.5, 2.0}, {None} | {None})
print(frozenset(range(10)), set([3, 3, 3]))
