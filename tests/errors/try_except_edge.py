# Edge cases of except clauses: tuples of classes, non-matching, re-raise in else/finally.
def f(exc):
    try:
        raise exc
    except (TypeError, ValueError) as e:
        return "tuple " + type(e).__name__
    except (LookupError,):
        return "lookup"
    except BaseException as e:
        return "base " + type(e).__name__
for exc in (TypeError, ValueError("v"), KeyError, IndexError, SystemExit, GeneratorExit, StopIteration):
    print(f(exc))
try:
    try:
        pass
    except ValueError:
        print("not run")
    else:
        raise KeyError("from else")
    finally:
        print("finally after else")
except KeyError as e:
    print("caught", e)
classes = (ValueError, TypeError)
try:
    raise TypeError("dynamic tuple")
except classes as e:
    print(e)
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print(e)
def swallow():
    try:
        raise ValueError
    except ValueError:
        pass
    return "swallowed"
print(swallow())
try:
    raise ValueError("x")
except ValueError as e:
    e2 = e
print(type(e2).__name__, "e" in dir())
