for v in [0, 1, -1, 0.0, -0.0, 1e-300, '', ' ', [], [0], (), {}, {0: 0}, set(), None, 0j, 2**64]:
    print(repr(v), bool(v))
class L:
    def __len__(self): return 0
class B:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(L()), bool(B()))
class Bad:
    def __bool__(self): return 1
try:
    bool(Bad())
except TypeError as e:
    print(e)
print(bool(), True + True, True * 10, -True, ~True)
print(isinstance(True, int), type(True).__name__, str(True), repr(False))
