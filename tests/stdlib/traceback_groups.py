# traceback formats exception groups in CPython 3.11's boxed layout.
import traceback


def show(text):
    # The script's path depends on where the tests live.
    print(text.replace(__file__, "<file>"))


try:
    raise ExceptionGroup("wide", [ValueError(i) for i in range(17)])
except ExceptionGroup as e:
    show("".join(traceback.format_exception(e)))
def nest(n):
    if n == 0:
        return ValueError("leaf")
    return ExceptionGroup(f"level {n}", [nest(n - 1)])
eg = nest(12)
show("".join(traceback.format_exception(eg)))
try:
    try:
        raise ExceptionGroup("ctx", [ValueError(1)])
    except ExceptionGroup:
        raise RuntimeError("during")
except RuntimeError as e:
    show(traceback.format_exc())
e = ExceptionGroup("noted", [ValueError(1)])
e.add_note("a note")
show("".join(traceback.format_exception(e)))
print("".join(traceback.format_exception_only(nest(1))))
