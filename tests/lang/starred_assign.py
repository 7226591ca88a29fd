# Starred targets in assignments and for loops.
a, *b = [1, 2, 3]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(6)
print(a, b, c)
a, *b, c = 1, 2
print(a, b, c)
first, *rest = [42]
print(first, rest)
[x, *y], z = [1, 2, 3], 4
print(x, y, z)
for h, *t in [(1, 2, 3), (4,), (5, 6)]:
    print(h, t)
*all_, = 1, 2
print(all_)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, b = 1
except TypeError as e:
    print(e)
