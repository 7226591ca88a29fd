# __new__ and __init__ interplay; __new__ returning other objects.
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            print("creating")
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        print("init runs each time")
a = Single(); b = Single()
print(a is b)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("not called")
print(Other())
class Point:
    def __new__(cls, x, y):
        self = object.__new__(cls)
        self.created = (x, y)
        return self
    def __init__(self, x, y):
        self.x = x
p = Point(1, 2)
print(p.created, p.x)
try:
    object.__new__(int)
except TypeError as e:
    print(e)
try:
    Point()
except TypeError as e:
    print(e)
class NoInit: pass
try:
    NoInit(1)
except TypeError as e:
    print(e)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(e)
print(type(object()).__name__, object.__name__)
