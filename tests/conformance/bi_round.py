for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1e16, 0.125, 1234.5678]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1))
for v in [5, 15, 25, -25, 123456, 2**64 + 5]:
    print(v, round(v), round(v, -1), round(v, -2), round(v, 2))
print(type(round(1.5)), type(round(1.5, 0)), round(-0.0), round(-0.4), round(0.0, 3))
try:
    round(float('inf'))
except OverflowError as e:
    print(e)
try:
    round(float('nan'))
except ValueError as e:
    print(e)
print(round(float('inf'), 2), round(1e300, -300))
class X:
    def __round__(self, n=None): return ('round', n)
print(round(X()), round(X(), 3))
