# StopIteration inside generators becomes RuntimeError (PEP 479).
def g1():
    yield 1
    next(iter([]))
    yield 2
try:
    print(list(g1()))
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
def g2():
    raise StopIteration("explicit")
    yield
try:
    next(g2())
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))
def g3():
    return "value"
    yield
try:
    next(g3())
except StopIteration as e:
    print("StopIteration carries", e.value)
def g4():
    try:
        yield 1
    except StopIteration:
        yield "caught StopIteration inside"
g = g4()
next(g)
print(g.throw(StopIteration))
it = iter([1, 2])
def g5():
    while True:
        yield next(it)
try:
    print(list(g5()))
except RuntimeError as e:
    print("RuntimeError:", e)
