def make_accumulators():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    def reset():
        nonlocal total
        total = 0
    def get():
        return total
    return add, reset, get
add, reset, get = make_accumulators()
add(5); add(10)
print(get()); reset(); print(get(), add(1))
def fact_closure():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
print(fact_closure()(20))
def gen_with_closure():
    x = 0
    def bump():
        nonlocal x
        x += 1
    for _ in range(3):
        bump()
        yield x
print(list(gen_with_closure()))
def compose(*fs):
    def c(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return c
print(compose(str, lambda x: x * 2, abs)(-21))
def curry(f, n):
    def c(*args):
        if len(args) >= n:
            return f(*args)
        return lambda *more: c(*args, *more)
    return c
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3))
cells = [(lambda: v) for v in 'abc']
print([c() for c in cells], [c.__closure__[0].cell_contents for c in cells])
