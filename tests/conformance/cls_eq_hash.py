class P:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, P) and self.v == o.v
print(P.__hash__, P(1) == P(1), P(1) != P(1), P(1) != P(2))
try:
    {P(1)}
except TypeError as e:
    print(e)
class H(P):
    def __hash__(self): return hash(self.v)
print(len({H(1), H(1), H(2)}), H(1) in {H(1)})
class NE:
    def __ne__(self, o): return 'custom ne'
print(NE() != 1, NE() == NE())
class EqOnly:
    def __eq__(self, o): return 'eqresult'
print(EqOnly() != 5, EqOnly() == 5, 5 == EqOnly())
class Inherit(H): pass
print(hash(Inherit(7)) == hash(7))
class Base:
    def __hash__(self): return 1
class Sub(Base):
    def __eq__(self, o): return True
print(Sub.__hash__ is None)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
print(Cmp(1) < Cmp(2), Cmp(2) > Cmp(1), Cmp(1) >= Cmp(1), Cmp(3) <= Cmp(2))
