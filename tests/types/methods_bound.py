# Bound and unbound methods, builtin methods, method equality.
class A:
    def m(self, x=1):
        return ("m", x)
a = A()
bm = a.m
print(bm(), bm(5), A.m(a, 2), bm.__self__ is a, bm.__func__ is A.m, bm.__name__, bm.__qualname__)
print(a.m == a.m, a.m is a.m, A().m == a.m, A.m == A.m, type(bm).__name__, type(A.m).__name__)
print(callable(bm), hash(a.m) == hash(a.m))
l = []
app = l.append
app(1); app(2)
print(l, type(app).__name__, app.__name__, app.__self__ is l)
print(type(len).__name__, len.__name__, type([].append).__name__, type(list.append).__name__)
print(type(str.upper).__name__, str.upper("x"), list.__len__([1, 2]), dict.get({"a": 1}, "a"))
print(type(int.__add__).__name__, type((1).__add__).__name__, type(object.__init__).__name__)
f = "{}-{}".format
print(f(1, 2), f.__name__)
m = {"a": 1}.items
print(list(m()))
class B:
    def __init__(self):
        self.fn = lambda: "instance attribute, not a method"
print(B().fn())
def plain(self):
    return "bound late"
A.late = plain
print(a.late())
meth = getattr(a, "m")
print(meth(7), getattr(A, "m")(a, 8))
