class BB:
    def __bool__(self): return 1
class II:
    def __index__(self): return 'x'
class IT:
    def __iter__(self): return 5
class HH:
    def __hash__(self): return 'x'
class RR:
    def __repr__(self): return 5
class SS:
    def __str__(self): return None
class LL:
    def __len__(self): return '3'
class NN:
    def __next__(self): return 1
for fn in [lambda: bool(BB()), lambda: [1][II()], lambda: iter(IT()), lambda: hash(HH()), lambda: repr(RR()), lambda: str(SS()),
           lambda: len(LL()), lambda: list(NN()), lambda: 'ab'[II()], lambda: range(II()), lambda: format(object(), 'x'),
           lambda: int(RR()), lambda: float(SS()), lambda: abs(BB()), lambda: -BB(), lambda: BB() < BB(), lambda: next(BB())]:
    try:
        print(fn())
    except TypeError as e:
        print(e)
class CC:
    def __contains__(self, x): return 5
print(1 in CC(), 1 not in CC())
class EQ:
    def __eq__(self, o): return 'truthy'
print(EQ() in [1, 2], [EQ()] == [3], [1].index(EQ()) if False else [EQ()].count(1))
