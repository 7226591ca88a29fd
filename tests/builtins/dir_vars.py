# dir() and vars() on modules, classes, instances and in function scope.
class Base:
    b = 1
    def bm(self): pass
class Derived(Base):
    d = 2
    def __init__(self):
        self.inst = 3
obj = Derived()
print([n for n in dir(obj) if not n.startswith("__")])
print([n for n in dir(Derived) if not n.startswith("__")])
print(vars(obj), sorted(k for k in vars(Derived) if not k.startswith("__")))
def f(a, b=2):
    c = 3
    return dir(), sorted(vars().items()) if False else sorted(locals())
print(f(1))
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()))
import math
print("sqrt" in dir(math), "pi" in vars(math), vars(math)["pi"])
try:
    vars(5)
except TypeError as e:
    print(e)
print("__builtins__" in dir(), "f" in dir(), dir() == sorted(dir()))
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")])
