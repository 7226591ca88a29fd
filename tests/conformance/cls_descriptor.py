class Typed:
    def __init__(self, typ): self.typ = typ
    def __set_name__(self, owner, name):
        self.name = '_' + name
        print('set_name', owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.typ):
            raise TypeError('%s must be %s' % (self.name[1:], self.typ.__name__))
        setattr(obj, self.name, value)
class P:
    name = Typed(str)
    age = Typed(int)
p = P(); p.name = 'bob'; p.age = 3
print(p.name, p.age, type(P.name).__name__)
try:
    p.age = 'x'
except TypeError as e:
    print(e)
class NonData:
    def __get__(self, obj, t): return 'from descriptor'
class C:
    x = NonData()
c = C(); print(c.x); c.__dict__['x'] = 'from instance'; print(c.x)
class Data:
    def __get__(self, obj, t): return 'data'
    def __set__(self, obj, v): print('set', v)
class D:
    x = Data()
d = D(); d.__dict__['x'] = 'inst'; print(d.x); d.x = 5
