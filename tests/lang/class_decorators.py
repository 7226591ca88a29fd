# Class decorators and decorators that return other objects.
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, "two"))

def singleton(cls):
    instance = cls()
    return lambda: instance
@singleton
class Config:
    pass
print(Config() is Config())

def count_instances(cls):
    cls.count = 0
    orig = cls.__init__
    def init(self, *a):
        cls.count += 1
        orig(self, *a)
    cls.__init__ = init
    return cls
@count_instances
class Thing:
    def __init__(self, name):
        self.name = name
Thing("a"); Thing("b")
print(Thing.count)
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache), type(fib).__name__)
