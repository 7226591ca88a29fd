# print(): sep, end, file, flush, and str() of its arguments.
import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" -- ", end="!\n")
print("no newline", end="")
print(" continued")
print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep="|")
print(*range(5), sep=", ")
print("to stdout", file=sys.stdout, flush=True)
print("to stderr is not compared", file=sys.stderr)
print("x", sep=None, end=None)
print(sep="ignored")
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc")
print("", n)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("into", "object", file=w, sep="_")
print(w.parts)
print("a\tb\\n", "é😀")
for bad in [dict(sep=1), dict(end=2), dict(file=5), dict(bogus=1)]:
    try:
        print("x", **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(repr(print("returns None")))
