# __call__, __repr__, __str__ and how print/str/repr/format use them.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, twice=False):
        return x + self.n * (2 if twice else 1)
add5 = Adder(5)
print(add5(1), add5(1, twice=True), callable(add5), callable(Adder), callable(5))

class R:
    def __repr__(self):
        return "R()"
class S:
    def __str__(self):
        return "S-str"
class Both:
    def __repr__(self): return "Both-repr"
    def __str__(self): return "Both-str"
for o in (R(), S(), Both()):
    print(str(o) if not isinstance(o, S) else "S: " + str(o), repr(o) if not isinstance(o, S) else "(default repr)")
print([R(), Both()], (Both(),), {"k": Both()})
print(f"{Both()} {Both()!r}", "%s %r" % (Both(), Both()))
print(str(R()), format(Both()), "{}".format(Both()))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __index__(self): return int(self.v)
    def __complex__(self): return complex(self.v, 1)
    def __bool__(self): return self.v != 0
n = Num(3.7)
print(int(n), float(n), complex(n), bool(n), bool(Num(0)))
print([10, 20, 30, 40][Num(2)], hex(Num(255)), bin(Num(2)))
print(range(10)[Num(4)], "abcdef"[Num(1):Num(3)])
