# Generator functions: laziness, state, exhaustion, return value.
def count_up(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")
    return "done"
g = count_up(3)
print(type(g).__name__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value)
print(list(count_up(2)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def gen_in_loop():
    for x in "ab":
        for y in "12":
            yield x + y
print(list(gen_in_loop()))
print(sum(x * x for x in range(10)), max(len(w) for w in ["a", "abc"]))
def empty():
    return
    yield
print(list(empty()))
def yields_none():
    x = yield
    print("got", x)
g2 = yields_none()
print(next(g2))
try:
    g2.send("value")
except StopIteration:
    print("finished")
g3 = count_up(1)
print(iter(g3) is g3)
