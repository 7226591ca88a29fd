import sys
def f():
    raise ValueError("x")
def g():
    f()
try:
    g()
except ValueError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
try:
    try:
        1/0
    except ZeroDivisionError:
        raise KeyError("k")
except KeyError as e:
    print(repr(e.__context__))
try:
    raise KeyError("a") from ValueError("b")
except KeyError as e:
    print(repr(e.__cause__), e.__suppress_context__)
def rec(n): return rec(n+1)
try:
    rec(0)
except RecursionError as e:
    print("rec", e)
print(sys._getframe().f_lineno)
def loc():
    a = 1; b = 2
    return locals()
print(loc())
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("M", name, kw)
        return super().__new__(mcls, name, bases, ns)
class X(metaclass=M, flag=1):
    pass
print(type(X))
class Y:
    def f(self): return __class__
print(Y().f())
