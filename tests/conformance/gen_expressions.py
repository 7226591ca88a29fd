g = (x * x for x in range(5))
print(next(g), list(g), list(g))
print(sum(x for x in range(10) if x % 3), max((len(w), w) for w in ['aa', 'b', 'ccc']))
print(list((x, y) for x in range(3) for y in range(x)))
xs = [1, 2, 3]
g = (x for x in xs)
xs.append(4)
print(list(g))
xs = [1, 2]
g = (x for x in xs)
xs = [9, 9]
print(list(g))
try:
    g = (1 / x for x in [1, 0])
    print(next(g))
    next(g)
except ZeroDivisionError as e:
    print(e)
print(type(x for x in []).__name__, any(x > 2 for x in [1, 3]), ''.join(c.upper() for c in 'abc'))
try:
    (x for x in 5)
except TypeError as e:
    print(e)
