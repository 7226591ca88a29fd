# Keyword arguments keep their order; dict(**kw) and merging.
def f(**kw):
    return list(kw)
print(f(z=1, a=2, m=3))
print(f(**{"b": 1, "a": 2}, c=3))
def g(a, b, **rest):
    return a, b, rest
print(g(b=1, a=2, c=3, d=4))
print(g(1, **{"b": 2, "x": 0}))
print(dict(one=1, two=2, three=3))
def h(*args, sep=", ", **kw):
    return sep.join(map(str, args)) + repr(kw)
print(h(1, 2, 3, sep="|", end=None))
opts = {"sep": "-"}
print(h("a", "b", **opts))
print(f(**dict.fromkeys("cab", 0)))
def k(a, /, **kw):
    return a, kw
print(k(1, a=2))
