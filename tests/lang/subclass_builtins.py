# Subclassing list, dict, int, str, tuple and overriding their methods.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2]).push(3)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__, s + [4], type(s + [4]).__name__)
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = v = len(key)
        return v
d = DefaultDict(a=1)
print(d["a"], d["hello"], d, d.get("zzz"), "zzz" in d)
class Money(int):
    def __new__(cls, v, cur="EUR"):
        obj = super().__new__(cls, v)
        obj.cur = cur
        return obj
    def __repr__(self):
        return f"{int(self)} {self.cur}"
m = Money(5, "USD")
print(repr(m), m + 1, type(m + 1).__name__, m * 2, m == 5, hash(m) == hash(5))
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def shout(self):
        return self + "!"
u = Upper("hi")
print(u, u.shout(), len(u), u.lower(), type(u.lower()).__name__, isinstance(u, str))
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p, p.first, p[1], len(p), p == (1, 2))
class LoudList(list):
    def __setitem__(self, i, v):
        print("setting", i, v)
        super().__setitem__(i, v)
ll = LoudList([0, 0])
ll[1] = 5
print(ll)
class F(float):
    pass
print(F(1.5) + 1, type(F(2.0)).__name__, F("3.25"))
class OrderedCounter(dict):
    def __repr__(self):
        return "OC" + super().__repr__()
oc = OrderedCounter(x=1)
print(oc, str(oc))
class MyInt(int):
    pass
print(MyInt(7) // 2, MyInt("11", 2), True + MyInt(1))
