# Tuple packing and unpacking in loops, returns and swaps.
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([4, 1, 9])
print(lo, hi)
pairs = [(1, "one"), (2, "two")]
for num, (first, *rest) in pairs:
    print(num, first, rest)
points = [(0, 0), (3, 4), (1, 1)]
print([(x ** 2 + y ** 2) ** 0.5 for x, y in points])
a, b, c = "xyz"
a, b, c = c, a, b
print(a, b, c)
(x, y), z = [1, 2], 3
print(x, y, z)
record = ("Ann", 30, ("Paris", "FR"))
name, age, (city, country) = record
print(name, age, city, country)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
def divide(a, b):
    return a // b, a % b
q, r = divide(17, 5)
print(q, r, divide(-17, 5))
coords = list(zip(*[(1, "a"), (2, "b"), (3, "c")]))
print(coords)
t = 1, 2, 3
x, *_ = t
print(x, _)
print(tuple([]) == (), (1, 2, 3)[1:] == (2, 3))
