# Generator expressions: lazy evaluation, first iterable evaluated eagerly.
def src():
    print("src called")
    return range(3)
g = (x * 2 for x in src())
print("created")
print(list(g), list(g))
try:
    (1 / x for x in None)
except TypeError as e:
    print("eager:", e)
g = (1 / x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("lazy:", e)
pairs = list((x, y) for x in range(3) for y in range(x))
print(pairs)
print(sum(x for x in range(100) if x % 7 == 0))
print(tuple(c.upper() for c in "abc"), set(n % 3 for n in range(10)))
print(dict((k, v) for k, v in zip("ab", [1, 2])))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [4, 2]))
gen = (i for i in range(3))
print(type(gen).__name__, next(gen), next(gen), list(gen))
nested = ((i, j) for i in range(2) for j in (k * 10 for k in range(2)))
print(list(nested))
print(sorted((w for w in "the quick brown fox".split()), key=len))
def uses_outer():
    m = 10
    return list(x * m for x in range(3))
print(uses_outer())
