# Cycles through instances of classes (with __dict__, __slots__, list and int
# bases) and through classes themselves are collected; __del__ runs once.
import gc
class A:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)
a = A("a"); b = A("b")
a.other = b; b.other = a
del a, b
print("collected", gc.collect() > 0)
class N:
    __slots__ = ("ref",)
n = N(); n.ref = n
del n
for i in range(3):
    C = type("C%d" % i, (), {"x": i})
    c = C(); c.me = c
del C, c
print(gc.collect() > 0)
class L(list): pass
l = L(); l.append(l); del l
print(gc.collect() > 0)
class I(int): pass
x = I(5); x.me = x; del x
print(gc.collect() > 0)
try:
    raise ValueError("x")
except ValueError as e:
    err = e
print(type(err).__name__)
del err
class R:
    saved = None
    def __del__(self):
        print("R del once")
        R.saved = self
r = R(); r.me = r; del r
gc.collect(); print(R.saved is not None)
R.saved.me = None
R.saved = None
gc.collect()
print("end", gc.collect())
