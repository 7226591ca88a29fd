# Default argument values are evaluated once, at definition time.
counter = 0
def next_id():
    global counter
    counter += 1
    return counter
def f(x=next_id()):
    return x
print(f(), f(), counter)
def append(v, into=[]):
    into.append(v)
    return into
print(append(1), append(2))
def safe_append(v, into=None):
    if into is None:
        into = []
    into.append(v)
    return into
print(safe_append(1), safe_append(2))
val = 10
def uses(v=val):
    return v
val = 20
print(uses())
print(append.__defaults__)
def kw(*, opt=[]):
    opt.append(len(opt))
    return opt
kw(); kw()
print(kw.__kwdefaults__)
f.__defaults__ = (99,)
print(f())
