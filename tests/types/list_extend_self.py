# A list extended by itself, slice-assigned from itself, compared with itself.
a = [1, 2]
a.extend(a)
print(a)
a += a
print(a, len(a))
b = [1, 2, 3]
b[len(b):] = b
print(b)
c = [1, 2, 3]
c[:1] = c
print(c)
d = [0, 1]
d *= 3
print(d)
e = [3, 1, 2]
e.sort(key=lambda v: -v)
print(e, e == e, e < e + [0], e.copy() is not e)
f = [[1, 2], [3]]
g = [x for sub in f for x in sub]
g.extend([x * 10 for x in g])
print(g)
h = list(range(5))
h[1:4] = h[1:4][::-1]
print(h)
i = [1, 2, 3]
i[:] = i[::-1]
print(i)
j = []
j.extend(iter(range(3)))
j.extend({"x": 1})
j.extend((7,))
print(j)
