# getattr, setattr, hasattr, delattr with defaults and errors.
class C:
    cls_attr = "class"
    def __init__(self):
        self.x = 1
c = C()
print(getattr(c, "x"), getattr(c, "cls_attr"), getattr(c, "missing", "default"), getattr(C, "cls_attr"))
setattr(c, "y", 2)
setattr(C, "new_cls", "added")
print(c.y, c.new_cls, hasattr(c, "y"), hasattr(c, "nope"), hasattr(C, "x"))
delattr(c, "y")
print(hasattr(c, "y"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print(e)
try:
    delattr(c, "missing")
except AttributeError as e:
    print(e)
try:
    getattr(c, 5)
except TypeError as e:
    print(e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(e)
print(getattr(5, "real"), getattr("s", "upper")(), getattr([], "append").__name__)
name = "dyn"
setattr(c, name + "_attr", 10)
print(c.dyn_attr, vars(c))
class Raises:
    @property
    def bad(self):
        raise ValueError("not AttributeError")
try:
    hasattr(Raises(), "bad")
except ValueError as e:
    print("hasattr propagates", e)
print(getattr(C, "__name__"), getattr(c, "__class__").__name__)
