# Order of handlers and finally blocks in deeply nested try statements.
log = []
def step(msg):
    log.append(msg)
def nested(kind):
    log.clear()
    try:
        step("outer try")
        try:
            step("inner try")
            if kind == "value":
                raise ValueError
            if kind == "key":
                raise KeyError
            if kind == "return":
                return "returned"
        except ValueError:
            step("inner except ValueError")
            raise TypeError
        else:
            step("inner else")
        finally:
            step("inner finally")
        step("after inner")
    except TypeError:
        step("outer except TypeError")
    except KeyError:
        step("outer except KeyError")
    else:
        step("outer else")
    finally:
        step("outer finally")
    return "fell through"
for kind in ("none", "value", "key", "return"):
    r = nested(kind)
    print(kind, r, log)
