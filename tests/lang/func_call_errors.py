# TypeErrors raised when arguments do not bind.
def f(a, b, c=3, *, d, e=5): pass
def g(x, /): pass
def h(): pass
def k(**kw): pass
cases = [
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3, 4, d=1),
    lambda: f(1, 2, d=1, z=2),
    lambda: f(1, 2, a=3, d=4),
    lambda: g(x=1),
    lambda: h(1),
    lambda: h(x=1),
    lambda: g(),
    lambda: f(),
    lambda: k(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: (lambda a, b: 0)(1),
    lambda: f(1, 2, d=4, e=1, **{"e": 2}),
]
for c in cases:
    try:
        c()
        print("no error")
    except TypeError as e:
        print(e)
class C:
    def m(self, x): pass
try:
    C().m()
except TypeError as e:
    print(e)
try:
    C().m(1, 2)
except TypeError as e:
    print(e)
