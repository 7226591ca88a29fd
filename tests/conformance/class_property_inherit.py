class Base:
    def __init__(self): self._v = 1
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x): self._v = x
class Child(Base):
    @Base.v.getter
    def v(self): return self._v * 100
c = Child(); c.v = 3
print(c.v, Base.v is not Child.v)
class Override(Base):
    v = 'plain attribute'
print(Override().v)
class Computed:
    def __init__(self, *items): self.items = list(items)
    total = property(lambda self: sum(self.items), doc='sum of items')
    count = property(len.__call__ if False else (lambda self: len(self.items)))
print(Computed(1, 2, 3).total, Computed().count, Computed.total.__doc__)
class Lazy:
    def __init__(self, f): self.f = f; self.name = f.__name__
    def __get__(self, obj, cls):
        if obj is None:
            return self
        v = self.f(obj)
        obj.__dict__[self.name] = v
        return v
class Data:
    calls = 0
    @Lazy
    def expensive(self):
        Data.calls += 1
        return 'computed'
d = Data()
print(d.expensive, d.expensive, Data.calls, type(Data.expensive).__name__)
