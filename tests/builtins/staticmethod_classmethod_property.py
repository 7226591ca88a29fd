# The descriptor builtins used directly rather than as decorators.
class C:
    def f(x):
        return ("static", x)
    f = staticmethod(f)
    def g(cls):
        return ("class", cls.__name__)
    g = classmethod(g)
    def get_v(self):
        return self._v
    def set_v(self, v):
        self._v = v
    v = property(get_v, set_v)
print(C.f(1), C().f(2), C.g(), C().g())
c = C()
c.v = 9
print(c.v, c._v)
print(type(C.__dict__["f"]).__name__, type(C.__dict__["g"]).__name__, type(C.__dict__["v"]).__name__)
p = property(lambda self: 42)
class D:
    answer = p
print(D().answer, p.fget(None), p.fset, p.fdel)
p2 = p.setter(lambda self, v: None)
print(p2 is p, p2.fset is not None)
sm = staticmethod(len)
print(sm.__func__ is len, callable(sm))
print(isinstance(property(), property), property().__doc__)
try:
    D().answer = 1
except AttributeError as e:
    print(e)
