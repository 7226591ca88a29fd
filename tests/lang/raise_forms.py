# raise, re-raise, raise from, raise from None.
def reraise():
    try:
        raise ValueError("first")
    except ValueError:
        raise

try:
    reraise()
except ValueError as e:
    print("reraised", e)

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__), "| context is cause:", e.__context__ is e.__cause__)
    print(e.__suppress_context__)

try:
    try:
        {}["x"]
    except KeyError:
        raise TypeError("no cause") from None
except TypeError as e:
    print(e, e.__cause__, repr(e.__context__), e.__suppress_context__)

try:
    try:
        [][0]
    except IndexError:
        raise NameError("implicit")
except NameError as e:
    print(e, repr(e.__context__), e.__cause__)

try:
    raise ValueError
except ValueError as e:
    print(repr(e))

try:
    raise TypeError("bad") from ValueError("reason")
except TypeError as e:
    print(repr(e.__cause__))

try:
    raise 42
except TypeError as e:
    print(e)
try:
    raise ValueError from 1
except TypeError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(e)
