try:
    assert 1 == 2, 'values differ: %d' % 3
except AssertionError as e:
    print('AssertionError', e, e.args)
try:
    assert []
except AssertionError as e:
    print(repr(e), e.args)
assert True, 'never evaluated ' + 1
x = 0
def side():
    global x
    x += 1
    return 'msg'
try:
    assert x, side()
except AssertionError as e:
    print(e, x)
try:
    assert False, ('tuple', 1)
except AssertionError as e:
    print(e.args)
