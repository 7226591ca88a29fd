class P:
    def __init__(self, x): self.x = x
    def __repr__(self): return f'P({self.x!r})'
class Q(P):
    def __str__(self): return f'<Q {self.x}>'
for o in [P(1), P('s'), Q(2), [P(1), Q(2)], {'k': Q(3)}, (P(None),)]:
    print(str(o), repr(o), f'{o}', '%s|%r' % (o, o))
class Fmt:
    def __format__(self, spec):
        return 'Fmt(' + spec + ')'
    def __str__(self): return 'str'
print(f'{Fmt():>10}', format(Fmt()), '{}'.format(Fmt()), str(Fmt()))
class Default: pass
r = repr(Default())
print(r.startswith('<__main__.Default object at 0x'), r.endswith('>'))
print(repr(Default).startswith("<class '__main__.Default'>"), str(int), repr(type), repr(object))
