# super() in its various forms: zero-arg, two-arg, in classmethods, in __new__.
class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return "A.c " + cls.__name__
    @staticmethod
    def s(): return "A.s"
    @property
    def p(self): return "A.p"
class B(A):
    def f(self): return "B.f>" + super().f()
    @classmethod
    def c(cls): return "B.c>" + super().c()
    @property
    def p(self): return "B.p>" + super().p
    def g(self):
        return super().s()
b = B()
print(b.f(), B.c(), b.p, b.g())
print(super(B, b).f(), super(B, B).c())
class N:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.made_by_new = args
        return obj
    def __init__(self, *args):
        self.inited = True
n = N(1, 2)
print(n.made_by_new, n.inited)
def outside(self):
    return super(B, self).f()
print(outside(b))
class C(B):
    def f(self):
        sup = super()
        return "C.f>" + sup.f()
print(C().f())
print(type(super(B, b)).__name__)
try:
    super(B, 1)
except TypeError as e:
    print(e)
class Attr(A):
    def __init__(self):
        super().__init__()
        self.x = 1
print(Attr().x)
