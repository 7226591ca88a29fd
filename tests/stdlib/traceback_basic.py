import traceback, sys, linecache

class Sink:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass
    def text(self): return ''.join(self.parts)

def clean(text):
    # CPython 3.11 underlines the failing expression with ^ and ~; gilpy
    # does not, so those lines are dropped before comparing.
    lines = text.replace(__file__, 'FILE').split('\n')
    return '\n'.join(l for l in lines if not l.strip() or l.strip(' ^~'))

def inner(n):
    if n == 0:
        raise ValueError('bad value %d' % n)
    return inner(n - 1)

def outer():
    inner(2)

try:
    outer()
except ValueError:
    print(clean(traceback.format_exc()))
    s = Sink()
    traceback.print_exc(file=s)
    print(s.text() == traceback.format_exc())
    et, ev, tb = sys.exc_info()
    print(clean(''.join(traceback.format_exception(et, ev, tb))) == clean(traceback.format_exc()))
    print(traceback.format_exception_only(et, ev), traceback.format_exception_only(ev))
    frames = traceback.extract_tb(tb)
    print(len(frames), [f.name for f in frames], [f.line for f in frames], frames[0].lineno)
    print([clean(x) for x in traceback.format_tb(tb, limit=2)])
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
    print(clean(repr(frames[-1])), list(frames[-1])[1:], frames[-1] == (frames[-1].filename, frames[-1].lineno, frames[-1].name, frames[-1].line))

def chained():
    try:
        {}['k']
    except KeyError as e:
        raise RuntimeError('wrapped') from e
try:
    chained()
except RuntimeError as e:
    print(clean(''.join(traceback.format_exception(e))))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        int('x')
except ValueError as e:
    print(clean(''.join(traceback.format_exception(type(e), e, e.__traceback__))))
    print(clean(''.join(traceback.format_exception(e, chain=False))))

def recurse(n):
    return recurse(n + 1) if n < 30 else 1 / 0
try:
    recurse(0)
except ZeroDivisionError as e:
    print(clean(''.join(traceback.format_exception(e))))

class MyErr(Exception):
    pass
print(traceback.format_exception_only(MyErr, MyErr()), traceback.format_exception_only(MyErr('m')))
e = ValueError('with note')
e.add_note('note 1') if hasattr(e, 'add_note') else setattr(e, '__notes__', ['note 1'])
print(traceback.format_exception_only(e))
def show_stack():
    return traceback.extract_stack()
st = show_stack()
print([f.name for f in st][-2:], clean(''.join(traceback.format_list(st[-1:]))))
te = traceback.TracebackException.from_exception(KeyError('x'))
print(list(te.format()), str(te), te.exc_type.__name__)
try:
    compile('x = (1,', 'f.py', 'exec')
except SyntaxError as e:
    print(traceback.format_exception_only(e)[-1])
print(repr(linecache.getline(__file__, 1)), linecache.getline(__file__, 10**6) == '', linecache.getlines('/nonexistent/x.py'))
linecache.clearcache(); linecache.checkcache()
s = Sink()
def stack_printer():
    traceback.print_stack(file=s, limit=1)
stack_printer()
print(clean(s.text()))
