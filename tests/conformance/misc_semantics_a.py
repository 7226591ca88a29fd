class A:
    @classmethod
    @property
    def cp(cls): return 'cp-' + cls.__name__
print(A.cp)
class D:
    def __get__(self, o, t=None): return ('get', o is None, t.__name__)
class B:
    d = D()
print(B.d, B().d)
print(type.__dict__['__name__'].__get__(int), int.__dict__['bit_length'](5) if False else 'x')
class P:
    def __init__(self): self.x = 1
    def __eq__(self, o): return NotImplemented
print(P() == P(), P() != P())
class Q:
    def __lt__(self, o): return NotImplemented
try: Q() < Q()
except TypeError as e: print(e)
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print([10, 20, 30][Num(1)], 'abc'[Num(0):Num(2)], range(Num(3)), bin(Num(5)), hex(Num(255)), (1, 2, 3)[Num(-1)])
print(int.__new__(int, 5), str.__new__(str, 'x'), object.__new__(object).__class__.__name__)
print(sorted([3, 1, 2], key=None), list(map(None.__class__, [])) if False else 'ok')
print(isinstance(A, type), A.__class__, type(A.cp))
import sys
def f():
    return sys._getframe().f_code.co_name if hasattr(sys, '_getframe') else 'f'
print(f())
print(getattr(int, '__doc__') is not None)
class Slotted:
    __slots__ = ['a']
s = Slotted()
try: s.__dict__
except AttributeError as e: print(e)
print(Slotted.a.__name__, Slotted.a.__objclass__ is Slotted)
class WithGetitem:
    def __getitem__(self, i): return i
print(WithGetitem()[1:2:3], WithGetitem()[::], WithGetitem()[()])
print(type(iter(range(3))).__name__, type(iter([])).__name__, type(iter({})).__name__, type(iter('')).__name__, type(iter(())).__name__)
print(type({}.keys()).__name__, type({}.items()).__name__, type(zip()).__name__, type(map(len, [])).__name__, type(enumerate([])).__name__, type(reversed([])).__name__)
print(repr(iter([])).startswith('<list_iterator object at'), repr(len), repr(print), repr([].append)[:30])
print(repr(int.__add__), repr(str.upper), repr(dict.fromkeys)[:40])
print(repr(A.cp), repr(B.__dict__['d'])[:20], repr(staticmethod(len))[:20])
class MM:
    def m(self): pass
print(repr(MM.m)[:20], repr(MM().m)[:30])
print(bool.__or__(True, False), True.__class__.__name__, (True).__invert__())
print(int.from_bytes(b'\x01\x02', byteorder='little'), (3).to_bytes(length=2, byteorder='big'))
print(divmod(2**64, -7), (-2**64) // 7, 2**64 % -7)
print(round(2**63 + 0.0), round(1.5e20, -19), round(123.456, 10), round(0.1, 100))
print(float.__round__(2.5), float.__round__(2.5, None), int.__round__(15, -1), round(-25, -1), round(35, -1))
print(sum([1, 2], start=0.0), min('abc', key=ord), max(range(0), default='e'))
x = [1, 2, 3]
x[1:2] = x
print(x)
y = [1, 2, 3]
y[:] = reversed(y)
print(y)
z = list(range(5))
z[1:4:2] = 'ab'
print(z)
print(list(zip(*zip('abc', 'def'))), [*map(sum, zip([1, 2], [3, 4]))])
print('%s' % 'a%sb', '%%s' % (), '{}'.format('{}'), '{0}'.format(*['x']))
print('a\x00b'.split('\x00'), 'a\x00b'.replace('\x00', '0'), len('\x00' * 5), 'ab\x00' < 'ab\x01')
