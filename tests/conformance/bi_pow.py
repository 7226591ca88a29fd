print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2, 0), pow(0, 0))
print(pow(3, 4, 5), pow(2, 100, 1000), pow(-3, 3, 7), pow(3, -1, 7), pow(2, 2**64, 10**9+7))
print(pow(2.0, 0.5), pow(-8, 1/3).__class__.__name__, pow(4, 0.5))
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(e)
print(pow(base=2, exp=5), pow(2, 63), pow(-2, 63), pow(2, 64) - 1)
print((-1) ** 0.5 == complex(0, 1) or 'complex', 10 ** -2)
