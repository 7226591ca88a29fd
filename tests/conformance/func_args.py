def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(*[1, 2], **{'c': 3, 'z': 0}))
def pos(a, b, /, c, *, d): return a, b, c, d
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
for call in [lambda: pos(a=1, b=2, c=3, d=4), lambda: f(), lambda: f(1), lambda: f(1, c=1, a=2), lambda: pos(1, 2, 3, 4), lambda: f(1, c=2, **{'c': 3})]:
    try:
        call()
    except TypeError as e:
        print(e)
def kw_only(*, x): return x
try:
    kw_only(1)
except TypeError as e:
    print(e)
def g(x): return x
for call in [lambda: g(), lambda: g(1, 2), lambda: g(y=1), lambda: g(1, x=2)]:
    try:
        call()
    except TypeError as e:
        print(e)
class C:
    def m(self, a): return a
for call in [lambda: C().m(), lambda: C().m(1, 2), lambda: C.m(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print(e)
try:
    f(1, **{1: 2})
except TypeError as e:
    print(e)
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(**[1])
except TypeError as e:
    print(e)
