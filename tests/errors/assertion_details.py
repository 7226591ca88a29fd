# AssertionError from assert statements with various message types.
def check(cond, msg=None):
    try:
        if msg is None:
            assert cond
        else:
            assert cond, msg
        return "passed"
    except AssertionError as e:
        return f"{type(e).__name__} args={e.args} str={str(e)!r}"
print(check(True), check(1), check("non-empty"))
print(check(False))
print(check(0, "zero"))
print(check([], ["list", "msg"]))
print(check(None, 42))
print(check({}, ("tuple", "msg")))
print(check(0, None if False else ""))
x = 5
try:
    assert x < 3, f"x is {x}"
except AssertionError as e:
    print(e)
