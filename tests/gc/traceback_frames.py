# Frames kept alive by tracebacks (exception -> traceback -> frame ->
# locals -> exception) and generators are collectable.
import gc
import weakref

class Marker:
    pass

def fail_and_keep():
    m = Marker()
    try:
        raise ValueError("x")
    except ValueError as e:
        err = e
    return weakref.ref(m)

r = fail_and_keep()
gc.collect()
print("frame locals freed:", r() is None)

def nested(depth):
    m = Marker()
    if depth == 0:
        raise KeyError(depth)
    try:
        nested(depth - 1)
    except KeyError as e:
        keep = e
        raise

refs = []
def outer():
    m = Marker()
    refs.append(weakref.ref(m))
    try:
        nested(5)
    except KeyError as e:
        saved = e
        saved.tb = e.__traceback__

outer()
gc.collect()
print("outer freed:", all(r() is None for r in refs))

# A generator that refers to itself through its frame.
def gen():
    me = yield 1
    yield me

g = gen()
next(g)
g.send(g)
wg = weakref.ref(g)
del g
gc.collect()
print("generator freed:", wg() is None)

# An exception stored on an object referenced from its own frame.
class Box:
    pass

def store():
    b = Box()
    try:
        1 / 0
    except ZeroDivisionError as e:
        b.exc = e
    b.self = b
    return weakref.ref(b)

wb = store()
gc.collect()
print("box freed:", wb() is None)
