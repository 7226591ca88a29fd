class A:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print('A.__lt__')
        return NotImplemented
    def __gt__(self, o):
        print('A.__gt__')
        return self.v > o.v
    def __repr__(self): return 'A(%d)' % self.v
print(A(1) < A(2))
print(sorted([A(3), A(1)], key=lambda a: a.v))
class Num:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Num) and self.v == o.v
print(Num(1) == Num(1), Num(1) != Num(1), Num(1) == 1, 1 == Num(1), Num(1) != 'x')
class Weird:
    def __eq__(self, o): return False
w = Weird()
print(w == w, w in [w], [w] == [w], w != w)
class Ordered:
    def __init__(self, v): self.v = v
    def __le__(self, o): return self.v <= o.v
print(Ordered(1) <= Ordered(2), Ordered(3) >= Ordered(2))
try:
    Ordered(1) < Ordered(2)
except TypeError as e:
    print(e)
class RAdd:
    def __radd__(self, o): return 'radd ' + type(o).__name__
print(1 + RAdd(), [] + RAdd(), 'x' + RAdd(), 1.5 + RAdd())
class IntLike(int):
    def __radd__(self, o): return 'IntLike radd'
print(1 + IntLike(2), IntLike(2) + 1)
