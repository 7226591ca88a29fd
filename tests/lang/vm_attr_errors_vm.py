def t(fn):
    try: print(fn())
    except Exception as e: print(type(e).__name__+":", e)
class A:
    x = 1
    def f(self): return 1
class B: pass
def mk():
    y = 5
    class C:
        y = 6
        z = y
        def g(self): return y
    return C
C = mk(); print(C.z, C().g())
def outer():
    v = 1
    class K:
        w = v
    return K.w
print(outer())
class Meta1(type): pass
class Meta2(type): pass
class X1(metaclass=Meta1): pass
class X2(metaclass=Meta2): pass
t(lambda: type("Z", (X1, X2), {}))
def bad():
    class Z(X1, X2): pass
t(bad)
class ME:
    def __mro_entries__(self, bases): return (A,)
class D(ME()): pass
print(D.__mro__, type(D.__orig_bases__[0]).__name__)
def f(a, b: int = 2, *args: str, c, **kw) -> None:
    "doc here"
    pass
print(f.__annotations__, f.__doc__, f.__name__, f.__qualname__, f.__module__, f.__defaults__, f.__kwdefaults__)
f.attr = 7
print(f.attr, f.__dict__)
print(A().f == A().f, A.f.__get__(None, A) is A.f)
a = A()
print(a.f == a.f, hash(a.f) == hash(a.f), a.f.__self__ is a, a.f.__func__ is A.f, a.f.__name__, a.f.__qualname__)
def clo():
    x = 1
    def g(): return x
    return g
print(clo().__closure__[0].cell_contents, clo().__code__.co_freevars)
def gen(): yield 1
print(gen.__code__.co_flags & 0x20, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames)
print(f.__code__.co_name, f.__code__.co_filename.endswith("vm_attr_errors_vm.py"), type(f.__code__.co_code))
import sys
def fr():
    return sys._getframe().f_back.f_code.co_name
print(fr())
def lo(a):
    b = 2
    def inner(): return a
    return sorted(locals())
print(lo(1))
g = {}
exec("x = 3\ndef h(): return x\nres = h()", g)
print(g["res"], "__builtins__" in g)
l = {}
exec("y = 4", {}, l)
print(l)
print(eval("q + 1", {"q": 41}))
class S:
    def __init__(self): self.v = 1
class T(S):
    def __init__(self):
        super().__init__()
        self.w = super().__class__
print(T().v, T().w)
def sup():
    super()
t(sup)
class U:
    @staticmethod
    def sm(): return "sm"
    @classmethod
    def cm(cls): return cls.__name__
    @property
    def p(self): return "prop"
print(U.sm(), U().cm(), U().p)
def kw(*, a, b=2): return a, b
print(kw(a=1), kw(b=3, a=1))
def va(*a, **k): return a, k
print(va(*[1,2], **{"x": 1}), va(*(i for i in range(3))))
print((lambda *a: a)(*"ab"))
def dflt(a, b=[]):
    b.append(a); return b
print(dflt(1), dflt(2))
x = 10
def gl():
    global x
    x += 1
    del x
gl()
t(lambda: x)
def nl():
    a = 1
    def i():
        nonlocal a
        del a
    i()
    return a
t(nl)
