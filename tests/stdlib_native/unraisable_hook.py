# Exceptions that cannot propagate (here from __del__) go to
# sys.unraisablehook as a record; a failing hook is reported in turn; the
# default hook prints "Exception ignored in: ..." with the traceback.
import io
import re
import sys


class A:
    def __del__(self):
        raise ValueError('boom')


seen = []


def hook(u):
    seen.append((type(u).__name__, u.exc_type.__name__, str(u.exc_value), u.err_msg,
                 type(u.object).__name__, u.exc_traceback is not None, len(u)))


print(sys.unraisablehook is sys.__unraisablehook__, 'UnraisableHookArgs' in dir(sys))
sys.unraisablehook = hook
A()
print(seen)


def bad_hook(u):
    raise RuntimeError('hook failed')


captured = io.StringIO()
saved, sys.stderr = sys.stderr, captured
sys.unraisablehook = bad_hook
A()
sys.unraisablehook = sys.__unraisablehook__
A()
sys.stderr = saved
text = re.sub(r'File "[^"]*/', 'File "', captured.getvalue())
print(re.sub(r'0x[0-9a-f]+', 'ADDR', text))
for bad in (1, None):
    try:
        sys.unraisablehook(bad)
    except TypeError as e:
        print(e)
