def counter():
    n = 0
    while n < 3:
        yield n
        n += 1
g = counter()
print(list(g), list(g))
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print(e)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print(list(take(5, fib())))
def pipeline():
    nums = (i for i in range(20))
    evens = (n for n in nums if n % 2 == 0)
    sq = (e * e for e in evens)
    return list(sq)
print(pipeline())
print(g.__name__, counter.__name__, g.__qualname__)
