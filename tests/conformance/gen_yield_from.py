def inner():
    try:
        x = yield 'i1'
        print('inner got', x)
        y = yield 'i2'
        print('inner got', y)
    except KeyError:
        print('inner caught KeyError')
        yield 'after-catch'
    return 'inner-done'
def outer():
    r = yield from inner()
    print('outer got', r)
    yield 'o-end'
g = outer()
print(next(g), g.send('A'), g.send('B'))
g = outer(); next(g)
print(g.throw(KeyError))
print(list(g))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), range(4, 6))))
def deep(n):
    if n == 0:
        yield 'bottom'
        return
    yield from deep(n - 1)
print(list(deep(50)))
g = outer(); next(g); g.close(); print('closed outer')
