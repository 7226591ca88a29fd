class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print('created')
        return cls._inst
    def __init__(self, v):
        print('init', v)
        self.v = v
a = Singleton(1); b = Singleton(2)
print(a is b, a.v)
class NotInst:
    def __new__(cls): return 42
    def __init__(self): print('never')
print(NotInst())
class Pos(int):
    def __new__(cls, v): return super().__new__(cls, abs(v))
print(Pos(-5), type(Pos(-5)).__name__)
class Point:
    __match_args__ = ('x',)
    def __init__(self, x=0): self.x = x
p = object.__new__(Point)
print(hasattr(p, 'x'), type(p).__name__)
try:
    object.__new__(int)
except TypeError as e:
    print(e)
class WithArgs:
    def __init__(self, a): self.a = a
try:
    WithArgs()
except TypeError as e:
    print(e)
class R:
    def __init__(self): return 5
try:
    R()
except TypeError as e:
    print(e)
