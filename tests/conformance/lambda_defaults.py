f = lambda x, y=2, *a, k=3, **kw: (x, y, a, k, sorted(kw.items()))
print(f(1), f(1, 5, 6, 7, k=0, z=9), f(x=1))
default_list = []
def app(v, l=default_list):
    l.append(v)
    return l
print(app(1), app(2), app(3, []), default_list)
def mutable_default(v, acc=[]):
    acc.append(v)
    return len(acc)
print(mutable_default(1), mutable_default(2), mutable_default.__defaults__)
x = 5
g = lambda: x
h = lambda x=x: x
x = 6
print(g(), h())
print((lambda: (lambda: 'nested')())(), (lambda *a: a)(1, 2), (lambda **k: k)(a=1))
print(sorted([(2, 'b'), (1, 'z')], key=lambda p: p[1]), list(map(lambda s: s[::-1], ['ab', 'cd'])))
print(f.__name__, (lambda: 0).__qualname__, f.__defaults__, f.__kwdefaults__)
