class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o); return self
    def __isub__(self, o):
        self.items.remove(o); return self
    def __imul__(self, k):
        self.items = self.items * k; return self
    def __repr__(self): return 'Acc%r' % self.items
a = Acc(); b = a
a += 1; a += 2; a -= 1; a *= 2
print(a, a is b)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
x = OnlyAdd(1); y = x; x += 5
print(x.v, y.v, x is y)
class NI:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return 'fallback add'
n = NI(); n += 1; print(n)
l = [1]; t = (l,)
try:
    t[0] += [2]
except TypeError as e:
    print(e)
print(t)
d = {'k': 1}; d['k'] += 1; d.setdefault('j', []).append(3); print(d)
class Obj: pass
o = Obj(); o.n = 1; o.n += 1; o.n **= 3; o.n //= 3; o.n %= 5; o.n <<= 2; o.n |= 1; o.n ^= 3; o.n &= 6; o.n >>= 1
print(o.n)
