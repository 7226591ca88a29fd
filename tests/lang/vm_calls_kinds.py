def fib(n):
    if n < 2: return n
    return fib(n-1) + fib(n-2)
print(fib(20))
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
def g():
    x = 1
    def h():
        nonlocal x
        x += 1
        return x
    return h
h = g()
print(h(), h())
class A:
    def __init__(self, v): self.v = v
    def get(self): return self.v
    def __repr__(self): return f"A({self.v!r})"
a = A(5)
print(a.get(), a, repr(a.get))
class B(A):
    def get(self): return super().get() * 2
print(B(4).get())
def gen(n):
    for i in range(n):
        x = yield i
        if x: print("got", x)
    return "done"
g2 = gen(3)
print(next(g2), g2.send("hi"), next(g2))
try:
    next(g2)
except StopIteration as e:
    print("stop", e.value)
def deleg():
    r = yield from gen(2)
    print("r", r)
print(list(deleg()))
try:
    1/0
except ZeroDivisionError as e:
    print("caught", e)
finally:
    print("fin")
with open("/dev/null") as fh:
    print("with", fh.closed)
print(fh.closed)
import sys
print([x*x for x in range(5)], {k: v for k, v in zip("ab", [1,2])}, {x for x in [1,1,2]})
a, *b, c = [1,2,3,4]
print(a, b, c)
print(f"{1+1:>5}|{'x'!r}")
