# repr of builtin functions, types, modules-free values, and classes.
import math
print(repr(len), repr(print), repr(abs), repr(math.floor), repr(int), repr(type), repr(object))
class C:
    class Inner:
        pass
print(repr(C), repr(C.Inner), C.Inner.__qualname__)
print(repr(ValueError), repr(KeyError), repr(Exception))
print(repr(...), repr(None), repr(NotImplemented), repr(True))
print(repr(range(0)), repr(range(1, 5, 2)), repr(slice(None, 2)), repr(1e300 * 10), repr(-1e300 * 10))
print(repr(math).startswith("<module 'math'"), str(math) == repr(math))
print(repr(float("nan")), repr(2 ** 0.5), repr(complex(1, -1)), repr(b"\x00"), repr(bytearray()))
print(repr({}), repr([]), repr(()), repr(set()), repr(frozenset()), repr({1: {}}), repr([[], ()]))
print(repr("'"), repr('"'), repr("'\""), repr("\\"), repr("\x7f"), repr("\u00a0"))
