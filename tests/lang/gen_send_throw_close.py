# send(), throw() and close() on generators, GeneratorExit and finally.
def averager():
    total = count = 0
    avg = None
    while True:
        try:
            v = yield avg
        except ValueError as e:
            print("ignoring", e)
            continue
        if v is None:
            break
        total += v
        count += 1
        avg = total / count
    return avg
a = averager()
print(a.send(None))
print(a.send(10), a.send(20), a.send(60))
print(a.throw(ValueError("bad value")))
try:
    a.send(None)
except StopIteration as e:
    print("result", e.value)
try:
    averager().send(5)
except TypeError as e:
    print(e)
def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = guarded()
print(next(g))
g.close()
g.close()
print("closed twice ok")
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
g = catches_exit(); next(g); g.close()
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = ignores_exit(); next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)
def thrower():
    yield 1
g = thrower()
try:
    g.throw(KeyError("unstarted"))
except KeyError as e:
    print("throw into unstarted", e)
try:
    next(g)
except StopIteration:
    print("unstarted generator closed by throw")
g = thrower(); next(g)
try:
    g.throw(TypeError)
except TypeError as e:
    print("propagated", repr(e))
def stopper():
    yield 1
    raise StopIteration("x")
try:
    list(stopper())
except RuntimeError as e:
    print(e, repr(e.__cause__))
