# yield from: delegation, return values, send and throw pass-through.
def inner():
    x = yield "inner-1"
    print("inner got", x)
    y = yield "inner-2"
    print("inner got", y)
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got result", r)
    yield "outer-done"
g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2), (x for x in [9]))))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
def catcher():
    while True:
        try:
            yield
        except KeyError:
            print("inner handled KeyError")
            return "stopped"
def delegator():
    r = yield from catcher()
    print("delegator sees", r)
    yield "after"
d = delegator()
next(d)
print(d.throw(KeyError))
def closer():
    try:
        yield 1
    finally:
        print("inner finally")
def outer_close():
    yield from closer()
oc = outer_close(); next(oc); oc.close()
def from_iter_send():
    yield from [1, 2]
fi = from_iter_send()
next(fi)
try:
    fi.send("x")
except AttributeError as e:
    print("AttributeError:", e)
def ret_only():
    return (yield from ())
try:
    next(ret_only())
except StopIteration as e:
    print("value", e.value)
