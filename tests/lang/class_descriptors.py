# Data and non-data descriptors and their precedence over instance dicts.
class Data:
    def __get__(self, obj, owner):
        return ("data get", obj is None, owner.__name__)
    def __set__(self, obj, value):
        print("data set", value)
class NonData:
    def __get__(self, obj, owner):
        return "nondata get"
class Host:
    d = Data()
    n = NonData()
h = Host()
print(h.d, Host.d)
h.d = 5
h.__dict__["d"] = "instance"
print(h.d)  # data descriptor wins over the instance dict
print(h.n)
h.n = "shadowed"
print(h.n)  # instance dict wins over a non-data descriptor
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)
class Person:
    age = Typed(int)
    name = Typed(str)
p = Person()
p.age = 30
p.name = "ann"
print(p.age, p.name)
try:
    p.age = "old"
except TypeError as e:
    print(e)
del p.age
print(isinstance(Person.age, Typed))
def plain(self): return "plain function"
Host.f = plain
print(h.f(), Host.f(h), plain.__get__(h)())
print(staticmethod(plain).__get__(None, Host)(1))
