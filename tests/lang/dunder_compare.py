# Rich comparisons, reflection, NotImplemented and total ordering by hand.
class Ver:
    def __init__(self, *parts): self.parts = parts
    def __eq__(self, o):
        if not isinstance(o, Ver): return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        if not isinstance(o, Ver): return NotImplemented
        return self.parts < o.parts
    def __le__(self, o): return self == o or self < o
    def __repr__(self): return "Ver" + ".".join(map(str, self.parts))
a, b = Ver(1, 2), Ver(1, 10)
print(a < b, a <= b, a == b, a != b, a > b, a >= b)
print(sorted([Ver(2), Ver(1, 5), Ver(1)]))
print(a == 1, a != 1, max(a, b))
try:
    a < 1
except TypeError as e:
    print(e)
class Log:
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        print(f"eq({self.n}, {o.n})"); return NotImplemented
    def __gt__(self, o):
        print(f"gt({self.n}, {o.n})"); return NotImplemented
    def __lt__(self, o):
        print(f"lt({self.n}, {o.n})"); return True
print(Log(1) == Log(2))
print(Log(1) < Log(2))
print(Log(3) > Log(4))
class Sub(Log):
    def __lt__(self, o):
        print("Sub.lt"); return "sub"
    def __gt__(self, o):
        print("Sub.gt"); return "sub"
print(Log(5) < Sub(6))
class AlwaysEq:
    def __eq__(self, o): return True
print(AlwaysEq() == 3, 3 == AlwaysEq(), AlwaysEq() != 3, [AlwaysEq()] == [1])
print(1 in [AlwaysEq()], [1, 2].index(AlwaysEq()) if False else [AlwaysEq()].count(9))
class Obj: pass
o = Obj()
print(o == o, o != o, o == Obj())
