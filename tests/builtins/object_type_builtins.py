# object(), type() with one and three arguments, and id-free identity checks.
print(type(1), type("a"), type([]), type(type), type(object))
T = type("T", (object,), {"x": 1, "hello": lambda self: "hi from T"})
t = T()
print(T.__name__, T.x, t.hello(), type(t) is T, isinstance(t, T))
U = type("U", (T,), {})
print(U.__mro__ == (U, T, object), U().hello())
try:
    type("V", (), {}, 1)
except TypeError as e:
    print(e)
try:
    type()
except TypeError as e:
    print(e)
o = object()
print(o is o, o is not object(), type(o) is object)
