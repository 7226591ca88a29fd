# __context__ and __cause__ set implicitly and explicitly, including in finally.
def chain(e):
    out = []
    while e is not None:
        out.append(f"{type(e).__name__}({e})")
        e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
    return " <- ".join(out)
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(chain(e))
try:
    try:
        raise ValueError("a")
    finally:
        raise KeyError("in finally")
except KeyError as e:
    print(chain(e))
try:
    try:
        raise ValueError("a")
    except ValueError as ve:
        raise RuntimeError("b") from ve
except RuntimeError as e:
    print(chain(e), e.__cause__ is e.__context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            [][1]
        except IndexError:
            raise NameError("deep")
except NameError as e:
    print(chain(e))
try:
    try:
        raise ValueError("ctx")
    except ValueError:
        raise KeyError("no ctx") from None
except KeyError as e:
    print(chain(e), repr(e.__context__))
def gen():
    try:
        yield 1
    finally:
        raise RuntimeError("gen finally")
g = gen(); next(g)
try:
    g.throw(ValueError("thrown"))
except RuntimeError as e:
    print(chain(e))
try:
    raise ValueError("self-context test")
except ValueError as e:
    err = e
try:
    raise err
except ValueError as e:
    print(e.__context__ is None)
