# assert with and without messages.
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print("empty:", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("msg:", e)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("obj:", e.args[0])
def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    return x * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print(e)
count = 0
def side():
    global count
    count += 1
    return "m"
assert True, side()
print("message not evaluated when true:", count)
print(__debug__)
