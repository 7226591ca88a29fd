# The is operator with singletons and containers; identity of returned objects.
a = [1, 2]
b = a
c = list(a)
print(a is b, a is c, a == c, a[:] is a, tuple(a) is tuple(a) or "tuples compared by value", None is None)
print(True is True, (1 == 1) is True, bool(1) is True, not [] is True)
def f():
    return None
print(f() is None, print() is None, [].sort() is None, {}.update() is None)
t = (1, 2)
print(tuple(t) is t, t[:] is t, list(t) is not t)
s = "text"
print(str(s) is s, s[:] is s)
fs = frozenset([1])
print(frozenset(fs) is fs)
x = object()
lst = [x, x]
print(lst[0] is lst[1], lst.count(x), lst.index(x), x in lst)
d = {}
d[x] = d
print(d[x] is d, list(d)[0] is x)
class C:
    pass
print(C() is not C(), type(C()) is C, C.__class__ is type)
