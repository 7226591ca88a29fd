import sys
class CM:
    def __init__(self, s): self.s = s
    def __enter__(self): print("enter", self.s); return self
    def __exit__(self, tp, v, tb):
        print("exit", self.s, tp.__name__ if tp else None, v)
        return self.s == "suppress"
with CM("a") as c, CM("b"):
    print("body")
with CM("suppress"):
    raise ValueError("x")
print("after")
try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
def f():
    for i in range(3):
        with CM(i):
            if i == 1: return i
print(f())
def g():
    try:
        return 1
    finally:
        print("finally")
print(g())
def h():
    try:
        raise ValueError
    except ValueError:
        return sys.exc_info()[0]
print(h(), sys.exc_info())
def k():
    for i in range(3):
        try:
            if i == 1: continue
            if i == 2: break
        finally:
            print("fin", i)
k()
try:
    try:
        raise ValueError("a")
    finally:
        print("inner finally", sys.exc_info()[0])
except ValueError:
    print("outer", sys.exc_info()[1])
print(sys.exc_info())
def nested():
    try:
        raise TypeError("t")
    except TypeError:
        try:
            raise ValueError("v")
        except ValueError as e:
            print(repr(e.__context__))
        print(sys.exc_info()[0])
nested()
def raise_in_finally():
    try:
        raise KeyError(1)
    finally:
        raise ValueError(2)
try: raise_in_finally()
except ValueError as e: print(repr(e), repr(e.__context__))
def reraise():
    try:
        raise KeyError("r")
    except KeyError:
        raise
try: reraise()
except KeyError as e: print("re", e, e.__traceback__.tb_next.tb_lineno)
try:
    raise ValueError("from none") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, e.__context__)
try:
    try:
        1/0
    except ZeroDivisionError:
        raise ValueError("x") from None
except ValueError as e:
    print(e.__suppress_context__, repr(e.__context__))
class E(Exception): pass
try:
    raise E
except E as e:
    print(type(e), e.args)
try:
    assert 1 == 2, "msg"
except AssertionError as e:
    print("assert", e)
e = 5
try: raise KeyError
except KeyError as e: pass
try: print(e)
except NameError as ex: print(ex)
def tb():
    def a(): b()
    def b(): raise IndexError("deep")
    try: a()
    except IndexError as e:
        t = e.__traceback__; n = []
        while t: n.append((t.tb_frame.f_code.co_name, t.tb_lineno)); t = t.tb_next
        return n
print(tb())
