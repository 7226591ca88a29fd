print(0.1 + 0.2, 0.1 * 3, 1 - 0.9, 2.0 ** 0.5, 10 / 3, 7 // 2.0, -7 // 2.0, 7 % -2.0, -7.5 % 2, 7.5 % -2)
print(1e308 * 10, -1e308 * 10, 1e-308 / 1e10, 5e-324 / 2, 1e308 + 1e308 - 1e308)
print(float('inf') - float('inf'), float('inf') * 0, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * -0.0)
print(divmod(-0.0, 1.0), divmod(1.0, float('inf')), divmod(-1.0, float('inf')), 2.0 ** -1074)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 % 0.0
except ZeroDivisionError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
try:
    (-8.0) ** 0.5 + 0
    print((-8.0) ** 0.5)
except ValueError as e:
    print(e)
print(0.0 ** 0, 0.0 ** 0.5, float('inf') ** 0, float('nan') ** 0, 1 ** float('nan'))
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(e)
