# The singletons None, NotImplemented and Ellipsis.
print(None, repr(None), type(None).__name__, None is None, None == None, bool(None))
print(NotImplemented, type(NotImplemented).__name__, Ellipsis, ..., type(...).__name__, ... is Ellipsis)
print(type(None)() is None, type(...)() is ...)
def f(): pass
print(f() is None, [].append(1) is None, print() is None)
try:
    None.attr
except AttributeError as e:
    print(e)
try:
    None()
except TypeError as e:
    print(e)
try:
    None + 1
except TypeError as e:
    print(e)
try:
    None < 1
except TypeError as e:
    print(e)
try:
    len(None)
except TypeError as e:
    print(e)
try:
    for x in None: pass
except TypeError as e:
    print(e)
try:
    None[0]
except TypeError as e:
    print(e)
print(hash(None) == hash(None), {None: 1}[None], [None] * 2, str(None), f"{None!r}")
print((1).__eq__("x"), (1).__add__("x"), "x".__lt__(1))
print(sorted([3, 1], key=lambda v: v), None.__class__.__name__, NotImplemented.__class__.__name__)
x = [1, ..., 3]
print(x, x.index(...))
