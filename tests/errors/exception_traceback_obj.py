# __traceback__ objects: tb_lineno, tb_next chain, with_traceback.
def inner():
    raise ValueError("boom")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    names = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(lines, names)
    saved = e
try:
    raise KeyError("k").with_traceback(saved.__traceback__)
except KeyError as e:
    n = 0
    tb = e.__traceback__
    while tb:
        n += 1
        tb = tb.tb_next
    print("frames", n)
e = RuntimeError("fresh")
print(e.__traceback__, e.with_traceback(None) is e)
import sys
try:
    [][0]
except IndexError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, ev, tb.tb_lineno, type(tb).__name__)
print(sys.exc_info())
