class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self):
        "celsius"
        return self._c
    @c.setter
    def c(self, v):
        if v < -273.15:
            raise ValueError('too cold')
        self._c = v
    @c.deleter
    def c(self):
        print('deleting')
        self._c = None
    @property
    def f(self): return self._c * 9 / 5 + 32
t = Temp(); t.c = 100; print(t.c, t.f)
try:
    t.c = -300
except ValueError as e:
    print(e)
try:
    t.f = 5
except AttributeError as e:
    print(e)
del t.c; print(t.c)
try:
    del t.f
except AttributeError as e:
    print(e)
print(Temp.c.__doc__, type(Temp.c).__name__, Temp.c.fget.__name__)
p = property(lambda self: 42)
class Q: x = p
print(Q().x)
