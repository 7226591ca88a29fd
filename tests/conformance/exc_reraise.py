def f():
    try:
        raise ValueError('orig')
    except ValueError:
        print('handling')
        raise
try:
    f()
except ValueError as e:
    print('outer', e)
try:
    try:
        raise KeyError('a')
    except KeyError as e:
        err = e
    raise err
except KeyError as e:
    print('reraised stored', e)
try:
    raise
except RuntimeError as e:
    print(e)
def g():
    try:
        raise TypeError('t')
    except TypeError:
        try:
            raise ValueError('v')
        except ValueError:
            pass
        raise
try:
    g()
except TypeError as e:
    print('restored', e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print(e)
class NotExc: pass
try:
    raise NotExc
except TypeError as e:
    print(e)
