# Slice assignment and deletion on lists, including extended slices.
a = list(range(10))
a[2:5] = ["a", "b"]
print(a)
a[:0] = [-1]
print(a)
a[len(a):] = [99, 100]
print(a)
a[1:3] = []
print(a)
a[::3] = [0] * len(a[::3])
print(a)
b = list(range(10))
del b[::2]
print(b)
del b[1:-1]
print(b)
c = list(range(6))
c[::-2] = "xyz"
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print(e)
d = [1, 2, 3]
d[1:2] = d
print(d)
e = [1, 2, 3, 4]
e[3:1] = ["ins"]
print(e)
f = [1, 2, 3]
f[:] = "abc"
print(f)
g = list(range(5))
g[-100:100] = [7]
print(g)
h = list(range(8))
print(h[1:7:2], h[-1:-8:-3], h[100:], h[:-100], h[::-1][::2])
try:
    h[1:3] = 5
except TypeError as e:
    print(e)
try:
    h[::0]
except ValueError as e:
    print(e)
i = [0, 1, 2, 3]
i[1:3] = iter([9, 9, 9])
print(i)
