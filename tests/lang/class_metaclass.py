# Metaclasses: __new__, __init__, __call__, __prepare__, class keywords.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)

class Base(metaclass=Meta, tag="base"):
    def method(self): pass
class Child(Base, tag="child"):
    def __init__(self, v):
        self.v = v
print(Base.tag, Child.tag, type(Child).__name__)
c = Child(5)
print(c.v)

class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"injected": 1}
class P(metaclass=Ordered):
    x = 1
print(P.injected, P.x)

Dyn = type("Dyn", (Base,), {"y": 2})
print(Dyn.y, Dyn.tag, type(Dyn).__name__, Dyn.__mro__[1].__name__)
Plain = type("Plain", (), {"z": lambda self: "z"})
print(Plain().z(), type(Plain), type(type))

class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class R1(metaclass=Registry): pass
class R2(R1): pass
print(Registry.classes)
print(isinstance(R2, Registry), isinstance(R2, type))
