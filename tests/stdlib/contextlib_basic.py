from contextlib import (contextmanager, suppress, closing, ExitStack, nullcontext,
                        redirect_stdout, redirect_stderr, ContextDecorator, AbstractContextManager)
import sys

@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)
with tag('a') as v:
    print('body', v)
try:
    with tag('b'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))
with swallow():
    raise KeyError('k')
print('after swallow')

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

@tag('deco')
def decorated(x):
    print('inside', x)
    return x * 2
print(decorated(21))
print(decorated(1))

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')
try:
    with suppress(KeyError):
        [][1]
except IndexError:
    print('not suppressed')

class Thing:
    def close(self):
        print('closed')
with closing(Thing()) as t:
    print(type(t).__name__)

with nullcontext(5) as n:
    print('null', n)

class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): print('enter', self.n); return self.n
    def __exit__(self, *a): print('exit', self.n, a[0].__name__ if a[0] else None); return False
with ExitStack() as stack:
    vals = [stack.enter_context(CM(i)) for i in range(3)]
    stack.callback(print, 'callback', 'args', sep='-')
    def pushed(*exc):
        print('pushed', exc[0]); return False
    stack.push(pushed)
    print('vals', vals)
with ExitStack() as stack:
    stack.enter_context(CM('x'))
    stack.push(lambda *e: True)
    raise ValueError('suppressed by push')
print('stack suppressed')
stack = ExitStack()
stack.enter_context(CM('later'))
moved = stack.pop_all()
stack.close()
print('moving')
moved.close()
try:
    with ExitStack() as s:
        s.enter_context(42)
except TypeError as e:
    print('TypeError', e)

try:
    with ExitStack() as s:
        def bad(*e):
            raise KeyError('from cb')
        s.push(bad)
        raise ValueError('orig')
except KeyError as e:
    print('KeyError', e, repr(e.__context__))

class Buf:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass
b = Buf()
with redirect_stdout(b):
    print('hidden')
print('captured', b.parts)
b2 = Buf()
with redirect_stderr(b2):
    sys.stderr.write('err\n')
print(b2.parts)

class MyDeco(ContextDecorator):
    def __enter__(self): print('md enter'); return self
    def __exit__(self, *e): print('md exit'); return False
@MyDeco()
def g():
    print('g body')
g()
print(isinstance(nullcontext(), AbstractContextManager), issubclass(CM, AbstractContextManager), issubclass(int, AbstractContextManager))
