class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print('Meta.__new__', name, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.registry = []
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print('Meta.__call__', cls.__name__, a)
        return super().__call__(*a, **k)
    @property
    def tag(cls): return 'tag-' + cls.__name__
class Base(metaclass=Meta, flag=True):
    def method(self): pass
class Child(Base):
    def __init__(self, v): self.v = v
c = Child(5)
print(c.v, type(Child).__name__, Child.tag, Base.registry is Child.registry)
class Prep(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        print('prepare', name)
        return {'injected': 42}
class X(metaclass=Prep): pass
print(X.injected)
Y = Meta('Y', (), {'a': 1})
print(Y.a, type(Y) is Meta)
