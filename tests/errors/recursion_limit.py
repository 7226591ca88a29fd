# Infinite recursion raises RecursionError, which can be caught and recovered from.
import sys
print(sys.getrecursionlimit())
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
depth = 0
def measure():
    global depth
    depth += 1
    measure()
try:
    measure()
except RecursionError:
    print("depth reached at least 900:", depth >= 900, "and below 1100:", depth < 1100)
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print(fine(500))
class Loop:
    def __getattr__(self, name):
        return self.other
try:
    Loop().x
except RecursionError:
    print("RecursionError in __getattr__")
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError:
    print("RecursionError in __repr__")
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
try:
    fine(500)
except RecursionError:
    print("limit lowered: 500 levels fail")
sys.setrecursionlimit(1000)
print(fine(800))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
