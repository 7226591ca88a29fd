# try/except/else/finally in all combinations.
def run(fn):
    try:
        r = fn()
    except ZeroDivisionError:
        print("  zero division")
    except (KeyError, IndexError) as e:
        print("  lookup error", type(e).__name__, e)
    except Exception as e:
        print("  other", type(e).__name__)
    else:
        print("  no exception, got", r)
    finally:
        print("  finally")

run(lambda: 1 / 0)
run(lambda: {}["k"])
run(lambda: [][1])
run(lambda: int("x"))
run(lambda: 42)
try:
    pass
finally:
    print("finally without except")
try:
    raise ValueError("v")
except ValueError as err:
    print("caught", err)
try:
    err
except NameError as e:
    print("name unbound after except:", e)
try:
    try:
        raise TypeError("inner")
    finally:
        print("inner finally")
except TypeError as e:
    print("outer caught", e)
try:
    raise KeyError("k")
except LookupError as e:
    print("base class catches", repr(e))
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args)
