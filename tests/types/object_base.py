# object: the base of every class, its default methods.
o = object()
print(type(o).__name__, o == o, o != o, o == object(), hash(o) == hash(o), bool(o))
try:
    o.x = 1
except AttributeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)
print(object.__eq__(o, o), object.__eq__(o, 1), object.__ne__(o, 1))
print(sorted(a for a in dir(object) if a in ("__class__", "__eq__", "__hash__", "__init__", "__repr__", "__str__")))
class C:
    pass
c = C()
print(c.__class__ is C, isinstance(c, object), c.__dict__, vars(c))
c.__dict__["v"] = 3
print(c.v)
class E:
    pass
c.__class__ = E
print(type(c).__name__)
print(object.__name__, object.__doc__ is not None, type(object.__init__).__name__)
print(str(C).startswith("<class"), repr(C), C.__str__ is object.__str__)
class R:
    def __repr__(self):
        return "R!"
print(str(R()), format(R()), f"{R()}", "%s" % R(), object.__repr__(R()).startswith("<__main__.R object at"))
print(object().__reduce_ex__(2)[0].__name__ if False else "skip", (1).__class__, True.__class__)
print(object.__subclasshook__() is NotImplemented, object.__new__(C).__class__.__name__)
