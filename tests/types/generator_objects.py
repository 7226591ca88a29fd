# Generator objects as values: names, repr-free introspection, reuse.
def gen(n):
    for i in range(n):
        yield i
g = gen(3)
print(type(g).__name__, g.__name__, g.__qualname__, hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"))
print(list(g), list(g), list(gen(2)))
def outer():
    def inner_gen():
        yield 1
    return inner_gen()
print(outer().__qualname__)
ge = (x for x in [1])
print(type(ge).__name__, ge.__name__)
def counter():
    i = 0
    while True:
        i += 1
        received = yield i
        if received == "reset":
            i = 0
c = counter()
print(next(c), next(c), c.send("reset"), next(c), next(c))
c.close()
try:
    next(c)
except StopIteration:
    print("closed generator raises StopIteration")
def running():
    yield g2.gi_running
g2 = running()
print(g2.gi_running, next(g2))
def reentrant():
    yield next(g3)
g3 = reentrant()
try:
    next(g3)
except ValueError as e:
    print(e)
