print(isinstance(1, int), isinstance(1, (str, float)), isinstance(1, (str, (float, int))))
print(isinstance(True, int), issubclass(bool, int), issubclass(int, object))
class A: pass
class B(A): pass
print(isinstance(B(), A), issubclass(B, (int, A)), issubclass(A, B))
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
class Meta(type):
    def __instancecheck__(cls, obj): return obj == 'magic'
    def __subclasscheck__(cls, sub): return sub is int
class M(metaclass=Meta): pass
print(isinstance('magic', M), isinstance('x', M), issubclass(int, M), issubclass(str, M))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object))
