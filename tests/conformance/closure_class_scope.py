x = 'global'
class C:
    x = 'class'
    y = [x for _ in range(1)]
    def m(self): return x
    z = (lambda: x)()
print(C.y, C().m(), C.z)
def f():
    v = 'func'
    class D:
        v = 'class-level'
        def get(self): return v
        w = v
    return D().get(), D.w
print(f())
def g():
    a = 1
    class E:
        a = 2
        b = a
        def m(self): return a
    return E.b, E().m()
print(g())
class K:
    items = [1, 2, 3]
    total = sum(items)
    doubled = [i * 2 for i in items]
print(K.total, K.doubled)
class N:
    n = 5
    try:
        vals = [n for _ in range(2)]
    except NameError as e:
        vals = str(e)
print(N.vals)
