# Functions defined in functions, returned, and called later.
def make_multiplier(k):
    def mult(x):
        return x * k
    mult.k = k
    return mult
doubles = make_multiplier(2)
triples = make_multiplier(3)
print(doubles(5), triples(5), doubles.k, doubles.__qualname__)
def pipeline(*fns):
    def run(x):
        for f in fns:
            x = f(x)
        return x
    return run
p = pipeline(lambda x: x + 1, doubles, str, lambda s: s * 2)
print(p(4))
def memoize(fn):
    cache = {}
    def inner(*a):
        if a not in cache:
            cache[a] = fn(*a)
        return cache[a]
    inner.cache = cache
    return inner
@memoize
def paths(r, c):
    return 1 if r == 0 or c == 0 else paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), len(paths.cache))
def accumulate():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def get():
        return list(items)
    return add, get
add, get = accumulate()
add("a"); add("b")
print(get())
def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            return a + b
        return level3
    return level2()
print(level1()())
