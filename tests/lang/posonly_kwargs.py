# Positional-only parameters free their names for **kwargs.
def f(a, b, /, **kw):
    return a, b, kw
print(f(1, 2, a=3, b=4))
def g(x, /, y, *, z):
    return x, y, z
print(g(1, 2, z=3), g(1, y=2, z=3))
try:
    g(x=1, y=2, z=3)
except TypeError as e:
    print(e)
def h(*, a, b=2, c):
    return a, b, c
print(h(c=3, a=1))
try:
    h(1, 2, 3)
except TypeError as e:
    print(e)
try:
    h(a=1)
except TypeError as e:
    print(e)
def defaults(a, b=1, /, c=2, *, d=3):
    return a, b, c, d
print(defaults(0), defaults(0, 9), defaults(0, 9, 8), defaults(0, c=7, d=6))
def varargs(a, *rest, key=None):
    return a, rest, key
print(varargs(1), varargs(1, 2, 3), varargs(1, 2, key="k"))
def forward(*args, **kwargs):
    return defaults(*args, **kwargs)
print(forward(5, 6, d=0))
print(defaults.__code__.co_posonlyargcount, defaults.__code__.co_kwonlyargcount, defaults.__code__.co_argcount)
