# Nested handlers, exception state restored after handlers.
import sys
def show():
    print(" exc_info:", sys.exc_info()[0])

show()
try:
    raise ValueError("outer")
except ValueError:
    show()
    try:
        raise TypeError("inner")
    except TypeError:
        show()
    show()
show()

def gen():
    try:
        yield 1
    except KeyError as e:
        print("gen caught", repr(e))
        yield 2

g = gen()
print(next(g))
print(g.throw(KeyError("boom")))

try:
    try:
        raise ValueError(1)
    except ValueError as e:
        raise ValueError(2)
except ValueError as e2:
    print(e2, "context", e2.__context__)

def handler_returns():
    try:
        raise ValueError
    except ValueError:
        return "returned from handler"
print(handler_returns())
show()
try:
    try:
        raise KeyError("a")
    except TypeError:
        print("not here")
except KeyError as e:
    print("propagated past unmatched handler", e)
print(sys.exc_info())
