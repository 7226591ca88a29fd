def t(fn):
    try: fn()
    except Exception as e: print(type(e).__name__+":", e)
def f(a, b): pass
t(lambda: f())
def g(a, b=1): pass
t(lambda: g(1,2,3))
def h(a, *, k): pass
t(lambda: h(1, 2, k=3))
t(lambda: h(1))
def p(a, /, b): pass
t(lambda: p(a=1, b=2))
t(lambda: f(1, a=2))
t(lambda: f(1, 2, c=2))
def u():
    x
    x = 1
t(u)
def v():
    def w(): return y
    w()
    y = 1
t(v)
def ux():
    a, b = [1,2,3]
t(ux)
def ux2():
    a, b = (1,)
t(ux2)
def ux3():
    a, b = 1
t(ux3)
def ux4():
    a, b = iter([1,2,3])
t(ux4)
def ux5():
    a, *b, c = [1]
t(ux5)
t(lambda: f(*1))
t(lambda: f(**1))
t(lambda: f(**{'a':1}, **{'a':2}))
t(lambda: print(*1))
t(lambda: [*1])
t(lambda: {**1})
t(lambda: undefined_thing)
class C:
    def m(self, a): pass
t(lambda: C().m())
t(lambda: C.m())
t(lambda: f(1, 2, 3))
t(lambda: (lambda: 0)(1))
def z(): pass
t(lambda: z(1))
t(lambda: z(1,2))
t(lambda: h(1,2,3,k=4))
def q(a, b=1, *, k): pass
t(lambda: q(1,2,3,k=1))
t(lambda: q(1,2,3))
def q2(a, b, c, d): pass
t(lambda: q2())
t(lambda: q2(1, a=2, **{1:2}))
def cm():
    with 1: pass
t(cm)
def r(): raise
t(r)
def r2(): raise 1
t(r2)
def r3(): raise ValueError from 1
t(r3)
def r4():
    try: 1/0
    except 1: pass
t(r4)
def fv_err():
    def inner(): return zz
    inner()
    zz = 2
t(fv_err)
def locdel():
    del zz
    zz = 2
t(locdel)
t(lambda: f(1, 2, a=3))
