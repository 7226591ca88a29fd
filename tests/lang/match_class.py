# The match statement: class patterns.


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class NoArgs:
    def __init__(self):
        self.a = 1


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case NoArgs(a=1, b=2):
            return "no"
        case NoArgs(a=a):
            return f"NoArgs a={a}"
        case _:
            return "not a point"


for p in [Point3(0, 0, 0), Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2),
          Point(1, 2), Point3(1, 1, 9), NoArgs(), 5]:
    print(where(p))


# The built-in types match the subject itself with one positional pattern.
def builtin(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s}"
        case bytes(b) | bytearray(b):
            return f"bytes-like {b!r}"
        case list([x, *_]):
            return f"list starting {x}"
        case tuple(t):
            return f"tuple {t}"
        case dict({"k": k}):
            return f"dict k={k}"
        case set(s) | frozenset(s):
            return f"set of {len(s)}"
        case _:
            return "other"


for v in [True, 3, 2.5, "s", b"b", bytearray(b"ba"), [1, 2], (1,), {"k": 0},
          {1, 2}, frozenset(), None, []]:
    print(builtin(v))


# A subclass of a built-in type keeps the behaviour unless it sets
# __match_args__.
class MyInt(int):
    pass


class Named(int):
    __match_args__ = ("real",)


match MyInt(4):
    case int(v):
        print("MyInt matched itself", v, type(v).__name__)
match Named(6):
    case Named(r):
        print("Named real", r)


# Attributes are looked up on the subject; a missing one fails the case.
class Lazy:
    __match_args__ = ("value",)

    @property
    def value(self):
        print("value read")
        return 10


match Lazy():
    case Lazy(missing=1):
        print("no")
    case Lazy(11):
        print("no")
    case Lazy(10):
        print("lazy 10")


# Errors at run time.
class BadArgs:
    __match_args__ = ["x"]


class BadElem:
    __match_args__ = (1,)


class One:
    __match_args__ = ("x",)
    x = 1


tests = [
    (BadArgs(), lambda s: (lambda: None)),
]


def run(subject, which):
    try:
        match subject:
            case BadArgs(1) if which == 0:
                pass
            case BadElem(1) if which == 1:
                pass
            case One(1, 2) if which == 2:
                pass
            case One(1, x=1) if which == 3:
                pass
            case NoArgs(1) if which == 4:
                pass
            case int(1, 2) if which == 5:
                pass
        return "no error"
    except TypeError as e:
        return f"TypeError: {e}"


for subject, which in [(BadArgs(), 0), (BadElem(), 1), (One(), 2), (One(), 3),
                       (NoArgs(), 4), (5, 5), (5, 0)]:
    print(run(subject, which))

not_a_class = 3
try:
    match 1:
        case not_a_class():
            pass
except TypeError as e:
    print("TypeError:", e)
