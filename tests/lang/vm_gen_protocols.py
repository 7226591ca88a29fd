def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
x = g()
print(next(x))
x.close()
print(list(x))
def g2():
    try:
        yield 1
    except GeneratorExit:
        yield 5
y = g2(); next(y)
try:
    y.close()
except RuntimeError as e:
    print(e)
def g3():
    raise StopIteration
    yield
try:
    next(g3())
except RuntimeError as e:
    print(e, repr(e.__cause__))
def g4():
    try:
        yield 1
    except ValueError as e:
        print("inside", e)
        yield 2
z = g4(); next(z)
print(z.throw(ValueError("boom")))
def inner():
    try:
        yield 1
    except KeyError:
        yield "handled"
def outer():
    yield from inner()
o = outer(); next(o)
print(o.throw(KeyError))
print(type(o.gi_yieldfrom).__name__, o.gi_running)
def running():
    yield r.gi_running
r = running()
print(next(r))
def selfref():
    next(s)
    yield
s = selfref()
try:
    next(s)
except ValueError as e:
    print(e)
def ret():
    return 5
    yield
try:
    next(ret())
except StopIteration as e:
    print("value", e.value)
try:
    g().send(1)
except TypeError as e:
    print(e)
import sys
def ctx():
    try:
        raise KeyError(1)
    except KeyError:
        yield sys.exc_info()[0]
        yield sys.exc_info()[0]
c = ctx()
print(next(c), sys.exc_info()[0], next(c))
print(type(g()).__name__, g().__name__, g().__qualname__)
