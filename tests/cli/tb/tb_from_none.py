# raise ... from None hides the context in the traceback.
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError("not a number") from None


parse("abc")
