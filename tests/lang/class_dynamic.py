# Changing classes at run time: adding, replacing and deleting methods.
class Counter:
    def __init__(self):
        self.n = 0
c = Counter()
def inc(self, by=1):
    self.n += by
    return self
Counter.inc = inc
c.inc().inc(5)
print(c.n)
Counter.__repr__ = lambda self: f"<Counter {self.n}>"
print(c, [c])
Counter.__eq__ = lambda self, other: isinstance(other, Counter) and self.n == other.n
Counter.__hash__ = lambda self: hash(self.n)
other = Counter().inc(6)
print(c == other, len({c, other}))
Counter.__len__ = lambda self: self.n
print(len(c), bool(Counter()))
del Counter.__len__
try:
    len(c)
except TypeError as e:
    print(e)
Counter.__add__ = lambda self, o: Counter().inc(self.n + o.n)
print(c + other)
Counter.__iter__ = lambda self: iter(range(self.n))
print(list(c))
Counter.__getitem__ = lambda self, i: i * 100
print(c[3])
Counter.__call__ = lambda self, *a: ("called", a)
print(c(1, 2))
Counter.__bool__ = lambda self: False
print(bool(c), "falsy" if not c else "truthy")
def make_class(name, **attrs):
    return type(name, (object,), attrs)
P = make_class("P", x=1, show=lambda self: f"P.x={self.x}")
print(P().show(), P.__name__)
