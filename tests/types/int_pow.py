# Integer powers, negative exponents, three-argument pow.
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4, 2 ** 100)
print(2 ** -2, (-2) ** -3, 10 ** -1)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(5, -1, 7), pow(2, -3, 11), pow(10 ** 20, 10 ** 5, 10 ** 9 + 9))
print(pow(0, 0, 1), pow(5, 0, 1), pow(12345678901234567890, 98765, 10 ** 12))
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 0.5, 3)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(e)
print(7 ** 77)
print(len(str(3 ** 5000)), (3 ** 5000) % 1000)
print(1 ** 10 ** 10, (-1) ** (10 ** 10 + 1), 0 ** 10 ** 10)
print((-8) ** (1 / 3) if False else "skipped complex", 4 ** 0.5, 2 ** 0.5)
print(type(2 ** -1).__name__, type(2 ** 2).__name__)
