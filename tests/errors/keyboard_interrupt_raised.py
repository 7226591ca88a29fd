# KeyboardInterrupt and SystemExit are BaseExceptions that "except Exception" does not catch.
for exc in (KeyboardInterrupt, SystemExit, GeneratorExit):
    try:
        try:
            raise exc("by hand")
        except Exception:
            print("Exception caught", exc.__name__, "(wrong)")
    except BaseException as e:
        print("BaseException catches", type(e).__name__, e.args)
try:
    raise KeyboardInterrupt
except KeyboardInterrupt as e:
    print(repr(e), str(e) == "")
def bare_except():
    try:
        raise SystemExit(3)
    except:
        return "bare except catches SystemExit"
print(bare_except())
