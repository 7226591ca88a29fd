# Exceptions raised or returns executed in finally replace what was in flight.
def raise_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("replacement")
try:
    raise_in_finally()
except TypeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
def return_swallows():
    try:
        raise KeyError("lost")
    finally:
        return "finally return wins"
print(return_swallows())
def break_swallows():
    for i in range(3):
        try:
            raise IndexError(i)
        finally:
            break
    return f"break in finally swallowed, i={i}"
print(break_swallows())
def continue_swallows():
    n = 0
    for i in range(3):
        try:
            raise IndexError(i)
        finally:
            n += 1
            continue
    return n
print(continue_swallows())
def nested():
    try:
        try:
            raise ValueError("a")
        finally:
            print("inner finally sees exception in flight")
    except ValueError as e:
        return "outer caught " + str(e)
print(nested())
def finally_exc_in_except():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise RuntimeError("from handler")
        finally:
            print("finally after handler raised")
    except RuntimeError as e:
        return repr(e.__context__)
print(finally_exc_in_except())
