vals = [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**62, 2**63, 2**64, -2**63, 10**20]
print([hash(v) for v in vals])
s = set(vals)
print(sorted(s) == sorted(vals), len(s))
d = {v: i for i, v in enumerate(vals)}
print([d[v] for v in vals])
print(sorted({1.0, 1, True, 2.0 ** 64, 2 ** 64}))
print({0: 'a', 0.0: 'b', False: 'c'})
