o = object()
print(type(o).__name__, o == o, o != o, o.__class__ is object)
try:
    o.x = 1
except AttributeError as e:
    print(e)
print(object.__name__, object.__bases__, object.__mro__, int.__mro__)
print(bool.__mro__, bool.__bases__, type.__bases__)
try:
    object(1)
except TypeError as e:
    print(e)
class C: pass
try:
    C(1)
except TypeError as e:
    print(e)
print(C.__name__, C.__qualname__, C.__module__, C.__bases__)
def f():
    class Inner: pass
    return Inner
print(f().__qualname__)
