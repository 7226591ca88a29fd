def f(): return 0.0, -0.0, 1, 1.0, True
print(f())
def g(): return (0, 0.0, False, -0.0), {1: 'a', True: 'b'}
print(g())
print([1, 1.0, True].count(True), (1.0, 1) == (1, 1.0))
x = 5
def h():
    return x if False else 0j, 0, -0j
print(h())
class A:
    def m(self):
        def inner():
            return super().m()
        return inner()
try:
    A().m()
except RuntimeError as e:
    print(e)
try:
    class B:
        __slots__ = ('x',)
        x = 1
except ValueError as e:
    print(e)
class M1(type): pass
class M2(type): pass
class C1(metaclass=M1): pass
class C2(metaclass=M2): pass
try:
    class C3(C1, C2): pass
except TypeError as e:
    print(e)
class BB:
    def __bool__(self): return 1
try: bool(BB())
except TypeError as e: print(e)
class II:
    def __index__(self): return 'x'
try: [1][II()]
except TypeError as e: print(e)
class IT:
    def __iter__(self): return 5
try: iter(IT())
except TypeError as e: print(e)
class HH:
    def __hash__(self): return 'x'
try: hash(HH())
except TypeError as e: print(e)
class RR:
    def __repr__(self): return 5
try: repr(RR())
except TypeError as e: print(e)
class SS:
    def __str__(self): return 5
try: str(SS())
except TypeError as e: print(e)
class CC:
    def __contains__(self, x): return 5
print(1 in CC(), 1 not in CC())
try: format(object(), 'x')
except TypeError as e: print(e)
class FF: pass
try: format(FF(), '>5')
except TypeError as e: print(e)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]; d[k + 10] = 0
except RuntimeError as e: print(e)
l = [3, 1, 2]
def key(x):
    l.append(0); return x
try: l.sort(key=key)
except ValueError as e: print(e)
e = ValueError('x')
e.add_note('note 1'); e.add_note('note 2')
print(e.__notes__)
try: e.add_note(5)
except TypeError as ex: print(ex)
try:
    raise KeyError('k')
except KeyError as ex:
    tb = ex.__traceback__
    print(tb.tb_lineno, tb.tb_frame is not None, tb.tb_next)
print(ValueError('a').with_traceback(None))
print('{:n}'.format(1234567), '{:,}'.format(1.5), '{:_x}'.format(2**40), '%#o' % 0, '%.3d' % 5, '%+.2e' % 1234, '%i' % 3.7)
try: '%x' % 3.5
except TypeError as ex: print(ex)
print(format(True, '^5'), format(1.0, 'n'), format(12345.6789, 'n'))
a = [1, 2, 3]
print(a[*[0]] if False else 0)
def star(): return *a, 4
print(star())
for q in *a, 9: print(q, end=' ')
print()
with (open('/dev/null') as f1, open('/dev/null') as f2):
    print('paren with', f1.closed)
x: int = 5
class Ann:
    y: str = 'a'
    z: int
print(__annotations__, Ann.__annotations__)
del (a, x)
print('a' in dir())
