# NameError and UnboundLocalError in different scopes.
def show(fn):
    try:
        fn()
    except NameError as e:
        print(type(e).__name__ + ":", e, "|", getattr(e, "name", "no name attr"))
show(lambda: undefined)
def f():
    print(x)
    x = 1
show(f)
def g():
    del y
    y = 1
show(g)
def outer():
    def inner():
        return z
    show(inner)
    z = 1
outer()
def h():
    v = 1
    del v
    return v
show(h)
class C:
    try:
        unknown_in_class
    except NameError as e:
        print("in class:", e)
print(issubclass(UnboundLocalError, NameError))
try:
    print(__undefined_dunder__)
except NameError as e:
    print(e)
def uses_global():
    return later_defined
try:
    uses_global()
except NameError as e:
    print(e)
later_defined = "now defined"
print(uses_global())
