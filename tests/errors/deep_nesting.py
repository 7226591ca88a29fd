# Deeply nested data and code: repr of nested lists, deep nested expressions.
x = []
for _ in range(100):
    x = [x]
print(repr(x)[:20], len(repr(x)))
d = {}
for i in range(50):
    d = {"k": d}
print(str(d)[:30], len(str(d)))
deep = []
for _ in range(100000):
    deep = [deep]
try:
    repr(deep)
    print("repr succeeded")
except RecursionError:
    print("RecursionError from repr of deep list")
expr = "(" * 50 + "1" + ")" * 50
print(eval(expr))
src = "[" * 40 + "]" * 40
print(len(eval(src)))
try:
    eval("(" * 500 + ")" * 500)
    print("compiled")
except (RecursionError, SyntaxError, MemoryError) as e:
    print(type(e).__name__)
t = ()
for _ in range(50):
    t = (t, 1)
print(str(t).count("("))
try:
    deep == deep
    print("compare ok")
except RecursionError:
    print("RecursionError from comparison")
n = 1
s = "x"
for _ in range(200):
    s = "(" + s + "+1)"
print(eval(s, {"x": n}))
