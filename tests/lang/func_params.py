# Every kind of parameter and how arguments bind.
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, sorted(kw.items()))

print(f(1, d=4))
print(f(1, 20, 30, 40, 50, d=4, e=6, z=7))
print(f(1, c=33, d=4, b=99))  # b is positional-only, so it goes to kw
def pos_only(x, y, /):
    return x - y
print(pos_only(5, 3))
def kw_only(*, k, j=1):
    return k, j
print(kw_only(k=0), kw_only(j=2, k=3))
def star(*args):
    return args
print(star(), star(1), star(*range(3)))
def dstar(**kw):
    return kw
print(dstar(), dstar(a=1, b=2))
def defaults(x, y=[]):
    y.append(x)
    return y
print(defaults(1), defaults(2), defaults(3, []))
def late(x=len("abc")):
    return x
print(late())
print(f.__defaults__, f.__kwdefaults__, kw_only.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_varnames)
def g(a, *, b): pass
print(g.__defaults__, g.__kwdefaults__)
