try:
    raise ValueError('x')
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print(err)
e = 'reassigned'
try:
    1 / 0
except ZeroDivisionError as e:
    saved = e
print(type(saved).__name__)
try:
    e
except NameError as ex:
    print('e is gone:', ex)
def f():
    try:
        raise KeyError
    except KeyError as exc:
        return exc
print(repr(f()))
import sys
try:
    raise TypeError('info')
except TypeError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
