# Unary minus, plus, invert and not on various types.
print(-5, +5, ~5, ~-1, -0, -(-3))
print(-1.5, +1.5, -0.0, -(0.0))
print(-(1 + 2j), +(1 + 2j))
print(-True, +False, ~True, ~False)
print(-(10 ** 20), ~(10 ** 20), +(10 ** 20))
print(not 5, not not 5)
class N:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
n = N()
print(-n, +n, ~n, abs(n))
try:
    -"x"
except TypeError as e:
    print(e)
try:
    ~1.5
except TypeError as e:
    print(e)
try:
    +[1]
except TypeError as e:
    print(e)
