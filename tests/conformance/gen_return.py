def gen():
    yield 1
    return 42
def outer():
    r = yield from gen()
    print('inner returned', r)
    yield r + 1
print(list(outer()))
def empty():
    return 'x'
    yield
try:
    next(empty())
except StopIteration as e:
    print(repr(e.value))
def raises_stop():
    yield 1
    raise StopIteration('oops')
try:
    list(raises_stop())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def nested():
    yield from range(3)
    yield from 'ab'
    yield from [x * 2 for x in range(2)]
print(list(nested()))
