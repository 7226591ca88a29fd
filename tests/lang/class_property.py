# property with getter, setter, deleter, and read-only properties.
class Temp:
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        "Degrees Celsius."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(e)
del t.celsius
print(t.celsius)
print(Temp.celsius.__doc__, type(Temp.celsius).__name__)
def getx(self): return self._x
def setx(self, v): self._x = v * 2
class Old:
    x = property(getx, setx, None, "the x")
o = Old()
o.x = 4
print(o.x, Old.x.__doc__)
print(Old.x.fget is getx, Old.x.fdel)
class Lazy:
    @property
    def value(self):
        raise AttributeError("computed value missing")
    def __getattr__(self, name):
        return "fallback for " + name
print(Lazy().value)
try:
    del Temp().fahrenheit
except AttributeError as e:
    print(e)
