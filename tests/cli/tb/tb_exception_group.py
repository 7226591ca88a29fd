def f():
    raise ValueError("bad value")


def g():
    try:
        f()
    except ValueError as e:
        raise KeyError("k") from e


excs = []
for fn in (f, g):
    try:
        fn()
    except Exception as e:
        excs.append(e)
excs.append(TypeError("plain"))
inner = ExceptionGroup("inner", [OSError(2, "nope"), ZeroDivisionError("z")])
try:
    raise inner
except ExceptionGroup as e:
    excs.append(e)
raise ExceptionGroup("many problems", excs)
