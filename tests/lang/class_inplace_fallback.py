# In-place operators: __iadd__ and friends, NotImplemented fallbacks, immutables.
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        if isinstance(o, int):
            self.v += o
            return self
        return NotImplemented
    def __add__(self, o):
        print("__add__ fallback")
        return Acc(self.v + len(o))
    def __imul__(self, k):
        self.v *= k
        return None          # whatever __imul__ returns is bound
    def __repr__(self):
        return f"Acc({self.v})"
a = Acc(1)
same = a
a += 5
print(a, a is same)
a += "abc"
print(a, a is same)
a *= 3
print(a)
class NoInplace:
    def __init__(self, v):
        self.v = v
    def __sub__(self, o):
        return NoInplace(self.v - o)
    def __rsub__(self, o):
        return NoInplace(o - self.v)
n = NoInplace(10)
orig = n
n -= 3
print(n.v, orig.v, n is orig)
k = 100
k -= NoInplace(1)
print(k.v)
t = (1, 2)
tt = t
t += (3,)
print(t, tt)
try:
    x = 5
    x += "s"
except TypeError as e:
    print(e)
try:
    l = [1]
    l += 5
except TypeError as e:
    print(e)
l = [1]
l += (2, 3)
l += "ab"
l += {9: 0}
print(l)
