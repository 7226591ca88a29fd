# type objects: reprs, names, bases, mro, attributes of built-in types.
class C: pass
class D(C): pass
print(type(1), type("s"), type(None), type(C), type(C()), C, D)
print(int, str, list, dict, object, type, bool, float, complex, bytes, bytearray, tuple, set, frozenset, range, slice)
print(C.__name__, C.__qualname__, C.__module__, D.__bases__, D.__base__, D.__mro__)
print(int.__name__, int.__qualname__, int.__module__, bool.__bases__, object.__bases__, type.__bases__)
print(type(type), type(object), isinstance(type, object), isinstance(object, type), isinstance(int, type))
print(type.__name__, type(int).__name__, type(len).__name__, type(print).__name__)
print(type("Q", (), {}).__name__, type(D()) is D, type(D()) == D, D.__class__ is type)
print(sorted(k for k in C.__dict__ if not k.startswith("__")), type(C.__dict__).__name__)
print(issubclass(D, object), issubclass(type, object), issubclass(object, type), D.__subclasses__())
print([c.__name__ for c in bool.__mro__], [c.__name__ for c in type(True).mro()])
try:
    C.__dict__["x"] = 1
except TypeError as e:
    print(e)
try:
    int.new_attr = 1
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
print(type(1)(5), type("")("x"), type([])(range(2)), type(1.0)("2.5"))
print(isinstance(1, object), isinstance(C, object), callable(C), callable(int), callable(type))
