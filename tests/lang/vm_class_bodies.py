a = [1, 2, 3]
a[1] += 10
d = {"k": 1}
d["k"] *= 5
print(a, d)
x, *y = range(5)
*p, q = "abc"
print(x, y, p, q)
print(a[::2], a[1:], a[:-1], "abcdef"[1:5:2])
l1, l2 = [1, 2], (3, 4)
print((*l1, *l2), [*l1, *l2], {*l1, *l2}, {**{"a": 1}, **{"b": 2}})
x: int = 5
class AN:
    y: str = "s"
    z: int
print(__annotations__, AN.__annotations__)
v = 3.14159
print(f"{v:.2f} {v!r:>10} {'s'!a} {42:#x} {x=}")
width = 8
print(f"{v:{width}.3}|")
import math as m
from math import sqrt as s, floor
print(m.pi > 3, s(16), floor(2.5))
def cd():
    x = 1
    def i(): return x
    del x
    try: i()
    except NameError as e: print(e)
cd()
g1 = 1
def dg():
    global g1
    del g1
dg()
print("g1" in globals())
print(1 if [] else 2, not [], [] or "x", 0 and 1)
print(1 < 2 < 3, 1 < 3 < 2, 2 in [1, 2], 3 not in [1], None is None, 1 is not None)
i = 0
while i < 5:
    i += 1
    if i == 2: continue
    if i == 4: break
else:
    print("no")
print(i)
for j in range(3): pass
else: print("else", j)
print(~5, -(-3), +4, 7 // 2, -7 // 2, 7 % -3, 2 ** 10, 2 ** -1, 7 / 2, 1 << 70, (1 << 70) >> 68, 5 & 3, 5 | 3, 5 ^ 3)
print(10**20 + 1, -(2**62), (2**62) - 1 + 1, 4611686018427387903 + 1, -4611686018427387904 - 1, 3 * 2**61, (-2**62) // -1)
print(0.1 + 0.2, 1.5 * 2.0, 3.0 - 1.0, 1e308 * 10, 5 / 2.0, 2 == 2.0, 1.0 < 2, 3 > 2.5)
lam = lambda x, *a, k=1, **kw: (x, a, k, kw)
print(lam(1, 2, k=3, z=4))
print([(i, j) for i in range(3) for j in range(i) if j], {i: i*i for i in range(3)})
gen = (i * 2 for i in range(4))
print(sum(gen), list(gen))
def deco(f):
    def w(*a): return f(*a) * 2
    return w
@deco
def dd(x): return x
print(dd(4))
print(type(dd).__name__, dd.__name__)
