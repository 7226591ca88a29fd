# yield in expressions, in conditions, in try/finally, and yield as a value.
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    yield received
g = echo()
print(next(g), g.send("a"), g.send("b"), next(g))
def adder():
    total = 0
    while True:
        total += (yield total) or 0
a = adder()
print(next(a), a.send(5), a.send(10), next(a), a.send(1))
def gen_tuple():
    x = yield 1, 2
    print("got", x)
    yield
g = gen_tuple()
print(next(g), g.send("tuple?"))
def starred():
    a = [1, 2]
    yield *a, 3
    return *a, 4
g = starred()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(e.value)
def cond():
    while (yield "ask") != "stop":
        pass
    yield "stopped"
c = cond()
print(next(c), c.send("go"), c.send("stop"))
def in_finally():
    try:
        yield "try"
    finally:
        yield "finally"
print(list(in_finally()))
def lambda_gen():
    f = lambda: (yield)
    return f
lg = lambda_gen()()
print(type(lg).__name__, next(lg))
