# except* (PEP 654): splitting groups, wrapping lone exceptions, re-raising
# the unhandled rest, combining what the clauses raise.
import sys
def show(label, e):
    if isinstance(e, BaseExceptionGroup):
        print(label, type(e).__name__, repr(e.message), [show_leaf(x) for x in e.exceptions])
    else:
        print(label, repr(e))
def show_leaf(x):
    if isinstance(x, BaseExceptionGroup):
        return (type(x).__name__, x.message, [show_leaf(y) for y in x.exceptions])
    return repr(x)

# basic split
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as e:
    show("caught V", e)
    print("exc_info is match:", sys.exc_info()[1] is e)
except* TypeError as e:
    show("caught T", e)
print("after 1")

# naked exception is wrapped
try:
    raise ValueError("naked")
except* ValueError as e:
    show("naked", e)
    print(e.exceptions[0].__traceback__ is not None)

# unhandled rest propagates
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("handled V")
except ExceptionGroup as e:
    show("rest", e)

# naked, not matched: propagates unwrapped
try:
    try:
        raise KeyError("k")
    except* ValueError:
        print("no")
except KeyError as e:
    print("naked rest", repr(e))

# raise inside except* combines
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("new")
    except* TypeError:
        raise
except ExceptionGroup as e:
    show("combined", e)
    for x in e.exceptions:
        if isinstance(x, RuntimeError):
            show("  context", x.__context__)

# bare raise re-raises the original shape
try:
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [ValueError(2), TypeError(3)])])
    except* ValueError:
        raise
except ExceptionGroup as e:
    show("reraised", e)

# nothing raised: else and finally
try:
    pass
except* ValueError:
    print("no")
else:
    print("else ran")
finally:
    print("finally ran")

# finally after handled
try:
    raise ExceptionGroup("x", [OSError("o")])
except* OSError as e:
    show("os", e)
finally:
    print("finally 2")

# name is deleted after the clause
try:
    raise ExceptionGroup("x", [ValueError()])
except* ValueError as err:
    pass
try:
    err
except NameError as e:
    print("NameError", e)

# except* with a tuple
try:
    raise ExceptionGroup("t", [ValueError(1), TypeError(2), KeyError(3)])
except* (ValueError, TypeError) as e:
    show("tuple", e)
except* KeyError as e:
    show("key", e)

# errors
for bad in [ExceptionGroup, (ValueError, ExceptionGroup), int]:
    try:
        try:
            raise ValueError(1)
        except* bad:
            pass
    except TypeError as e:
        print("TypeError", e)

# raising in an except* for a naked exception
try:
    try:
        raise ValueError("v")
    except* ValueError:
        raise KeyError("k")
except BaseException as e:
    show("naked raise", e)

# BaseException members make a BaseExceptionGroup
try:
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* ValueError:
        print("value part")
except BaseExceptionGroup as e:
    show("base rest", e)

# sys.exc_info after the statement
print(sys.exc_info())

def gen():
    try:
        yield 1
        raise ExceptionGroup("g", [ValueError(5)])
    except* ValueError as e:
        yield e.exceptions[0].args[0]
print(list(gen()))
