e = ValueError('x')
e.add_note('note 1')
e.add_note('note 2')
print(e.__notes__, str(e), repr(e))
try:
    e.add_note(5)
except TypeError as ex:
    print(ex)
def where():
    raise KeyError('k')
try:
    where()
except KeyError as ex:
    tb = ex.__traceback__
    n = 0
    while tb:
        n += 1
        last = tb.tb_lineno
        tb = tb.tb_next
    print(n, last, type(ex.__traceback__).__name__)
err = RuntimeError('w')
print(err.with_traceback(None) is err, err.__traceback__)
try:
    raise TypeError('first')
except TypeError as ex:
    saved_tb = ex.__traceback__
try:
    raise ValueError('second').with_traceback(saved_tb)
except ValueError as ex:
    print(ex.__traceback__.tb_next is saved_tb or ex.__traceback__ is saved_tb)
class E(Exception):
    pass
try:
    raise E
except E as ex:
    print(repr(ex), ex.args, ex.__class__.__name__)
