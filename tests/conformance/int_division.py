for a in [7, -7, 2**64 + 1, -(2**64 + 1), 0, 1, 2**63]:
    for b in [1, -1, 3, -3, 2**64, -2**63]:
        print(a // b, a % b, end='; ')
    print()
print(7 / 2, -7 / 2, 2**64 / 2, 10**30 / 10**10, 1 / 3, (2**63) / 3)
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    (2**100) / 0
except ZeroDivisionError as e:
    print(e)
print(10**400 // 10**399, (10**400) % 7, divmod(-10**30, 7))
try:
    print(10**400 / 3)
except OverflowError as e:
    print(e)
print(10**400 / 10**399)
