for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (2**64, 3), (-2**64, 7), (2**63, -2**63)]:
    print(a, b, divmod(a, b), a // b, a % b)
for a, b in [(7.5, 2), (-7.5, 2), (7, -2.5), (1e300, 1e-300), (-0.0, 1)]:
    print(a, b, divmod(a, b))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(e)
