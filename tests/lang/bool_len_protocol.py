# Truth testing via __bool__ and __len__, and errors from bad results.
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Both:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(2)), bool(Both()))
print("yes" if L(1) else "no", not L(0))
x = L(0) or "fallback"
print(x)
try:
    bool(B(1))
except TypeError as e:
    print(e)
try:
    bool(L(-1))
except ValueError as e:
    print(e)
class Huge:
    def __len__(self): return 2 ** 70
try:
    len(Huge())
except OverflowError as e:
    print(e)
class StrLen:
    def __len__(self): return "3"
try:
    len(StrLen())
except TypeError as e:
    print(e)
while L(0):
    print("never")
print([v for v in (L(0), L(1), B(True)) if v].__len__())
