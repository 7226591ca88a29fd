def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('caught', e)
        yield 'recovered'
    finally:
        print('cleanup')
it = g()
print(next(it), it.throw(ValueError('boom')))
try:
    next(it)
except StopIteration:
    print('done')
it = g(); next(it); it.close(); print('closed')
it.close()
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 'bad'
it = ignore_exit(); next(it)
try:
    it.close()
except RuntimeError as e:
    print(e)
def h():
    yield 1
it = h()
try:
    it.throw(KeyError, 'k')
except KeyError as e:
    print('KeyError', e)
print(list(it))
it = h(); print(next(it))
try:
    it.throw(TypeError('late'))
except TypeError as e:
    print(e)
