def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('converted') from e
try:
    f()
except ValueError as e:
    print(e, type(e.__cause__).__name__, e.__suppress_context__, type(e.__context__).__name__)
try:
    try:
        {}['k']
    except KeyError:
        raise TypeError('during')
except TypeError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        raise OSError('a')
    except OSError:
        raise RuntimeError('b') from None
except RuntimeError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise ValueError from KeyError('x')
except ValueError as e:
    print(repr(e), repr(e.__cause__))
try:
    raise ValueError('v') from 5
except TypeError as e:
    print(e)
e = Exception('solo')
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
