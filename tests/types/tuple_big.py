# Large tuples: construction, slicing, hashing, comparison and counting.
t = tuple(range(10000))
print(len(t), t[5000], t[-1], t[100:105], t[::2500], sum(t), t.index(9999), t.count(5))
u = tuple(range(10000))
print(t == u, t is not u, hash(t) == hash(u), t < u + (0,), t[:-1] < t)
nested = tuple((i, str(i)) for i in range(100))
print(nested[42], dict(nested)[7], len({nested, tuple(nested)}))
print(tuple("abc") * 3, () * 5, (1,) * 0, (None,) * 3)
x = ()
for i in range(5):
    x += (i,)
print(x, x[::-1], x[1:-1], 3 in x, x.count(3))
print(max(t[-10:]), min(nested), sorted(nested, reverse=True)[:2])
