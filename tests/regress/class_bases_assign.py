# Assigning __bases__ of a class recomputes its MRO and those of its
# subclasses, re-derives inherited special methods, and checks layouts.
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
    def __add__(self, o): return "B.add"
    def __len__(self): return 7
class C(A): pass
class D(C): pass
d = D()
print(d.who(), [k.__name__ for k in D.__mro__])
C.__bases__ = (B,)
print(d.who(), d + 1, len(d), [k.__name__ for k in D.__mro__], C.__base__.__name__)
C.__bases__ = (A, B)
print(d.who(), [k.__name__ for k in D.__mro__], B.__subclasses__()[0].__name__)
class L(list): pass
for bad in ((L,), (D,), "x", (1,), ()):
    try:
        C.__bases__ = bad
    except TypeError as e:
        print(e)
try:
    del C.__bases__
except TypeError as e:
    print(e)
print([k.__name__ for k in C.__mro__])
