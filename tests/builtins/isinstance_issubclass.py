# isinstance and issubclass with classes, tuples, nested tuples and __instancecheck__.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, (C, (int, B))))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(A, A), issubclass(bool, (str, int)))
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)), isinstance(None, type(None)))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance("", str), isinstance(b"", bytes))
print(isinstance(A, type), isinstance(int, type), issubclass(type, object), isinstance(len, object))
for bad in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(A, "A")]:
    try:
        bad()
    except TypeError as e:
        print(e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta): pass
print(isinstance("magic", Magic), isinstance("other", Magic), issubclass(int, Magic), issubclass(str, Magic))
print(isinstance(b, ()), issubclass(B, ()))
