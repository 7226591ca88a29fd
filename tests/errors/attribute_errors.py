# AttributeError messages for instances, classes, modules and read-only attributes.
import math
class C:
    __slots__ = ("a",)
class D:
    pass
def show(fn):
    try:
        fn()
        print("no error")
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
show(lambda: C().a)
show(lambda: C().b)
show(lambda: setattr(C(), "b", 1))
show(lambda: D().missing)
show(lambda: D.missing)
show(lambda: math.no_such_function)
show(lambda: (1).real.__setattr__("x", 1) if False else setattr(1, "real", 2))
show(lambda: setattr([], "append", None))
show(lambda: delattr(D(), "nothing"))
show(lambda: "abc".nope)
show(lambda: [].nope)
show(lambda: {}.nope)
show(lambda: type.nope)
show(lambda: len.nope)
show(lambda: (lambda: 0).nope)
show(lambda: setattr(D, "__name__", 5))
show(lambda: (x for x in []).nope)
class P:
    @property
    def ro(self):
        return 1
show(lambda: setattr(P(), "ro", 2))
show(lambda: delattr(P(), "ro"))
show(lambda: setattr(object(), "x", 1))
print(D.__name__)
