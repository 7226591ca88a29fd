def g():
    try:
        yield 1
    finally:
        print("finalized")
x = g(); next(x)
del x
print("after del")
def h():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise
y = h(); next(y); y = None
def bad():
    try:
        yield 1
    finally:
        raise ValueError("in finally")
z = bad(); next(z)
try:
    z.close()
except ValueError as e:
    print("close raised", e)
def sub():
    try:
        yield 1
        yield 2
    finally:
        print("sub closed")
def top():
    yield from sub()
t = top(); next(t); t.close()
print("closed", t.gi_frame)
def sub2():
    x = yield 1
    print("sub2 got", x)
    return "ret"
def top2():
    r = yield from sub2()
    print("r", r)
    yield r
t2 = top2(); print(next(t2)); print(t2.send("hello"))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
def top3():
    yield from It()
    yield from [7, 8]
print(list(top3()))
def thrower():
    try:
        yield 1
    except ZeroDivisionError as e:
        yield "zde"
t3 = thrower(); next(t3)
print(t3.throw(ZeroDivisionError, ZeroDivisionError("v")))
t4 = thrower()
try:
    t4.throw(KeyError("fresh"))
except KeyError as e:
    print("fresh throw", e)
print(next(t4, "exhausted"))
def gen_ret():
    yield 1
    return (1, 2)
gr = gen_ret(); next(gr)
try: next(gr)
except StopIteration as e: print("tuple value", e.value, e.args)
def yf_throw():
    yield from thrower()
yt = yf_throw(); next(yt)
print(yt.throw(ZeroDivisionError))
def genexit_in_sub():
    try:
        yield from sub()
    except GeneratorExit:
        print("outer saw GeneratorExit")
        raise
ge = genexit_in_sub(); next(ge); ge.close()
import sys
def exc_gen():
    try:
        raise KeyError("inner")
    except KeyError:
        yield 1
        print(repr(sys.exc_info()[1]))
eg = exc_gen(); next(eg)
try:
    raise ValueError("outer")
except ValueError:
    next(eg, None)
    print(repr(sys.exc_info()[1]))
