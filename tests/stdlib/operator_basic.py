import operator
from operator import *
print(add(1, 2), sub(5, 3), mul(3, 4), truediv(7, 2), floordiv(7, 2), mod(7, 3), pow(2, 10), neg(3), pos(-3), abs(-4))
print(and_(6, 3), or_(6, 3), xor(6, 3), inv(5), invert(5), lshift(1, 4), rshift(16, 2), not_(0), truth([]), is_(None, None), is_not(1, None))
print(lt(1, 2), le(2, 2), eq(1, 1), ne(1, 2), ge(3, 2), gt(1, 2))
print(concat([1], [2]), contains([1, 2], 2), countOf([1, 2, 1], 1), indexOf('abc', 'c'), getitem([5, 6], 1), index(7))
l = [1, 2, 3]; setitem(l, 0, 9); delitem(l, 1); print(l)
print(length_hint([1, 2]), length_hint(iter(range(5))), length_hint(object(), 7))
try:
    concat(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    indexOf([1], 5)
except ValueError as e:
    print('ValueError', e)
try:
    index(1.5)
except TypeError as e:
    print('TypeError', e)
g = itemgetter(1); print(g([1, 2]), itemgetter(0, 2)('abc'), g, itemgetter(1, 'a'))
class P:
    def __init__(self): self.x = 1; self.child = self
    def m(self, a, b=0): return a + b
ag = attrgetter('x'); print(ag(P()), attrgetter('child.x', 'x')(P()), ag, attrgetter('a.b', 'c'))
mc = methodcaller('m', 1, b=5); print(mc(P()), mc, methodcaller('upper')('ab'))
print(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=itemgetter(0)))
x = [1]; print(iadd(x, [2]), x, iconcat(x, [3]), isub(5, 2), imul(2, 3), ior(1, 2), iand(3, 1), ixor(3, 1), ipow(2, 3), ilshift(1, 2), irshift(8, 1), imod(7, 4), ifloordiv(7, 2), itruediv(1, 2))
print(operator.__add__(1, 1), operator.__getitem__('ab', 0), operator.__not__(1), operator.call(max, 1, 2))
print(sorted(operator.__all__)[:5])
