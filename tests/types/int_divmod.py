# Floor division and modulo follow the sign of the divisor.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 10 ** 20), (-1, 10 ** 20),
         (10 ** 30, 7), (-10 ** 30, 7), (10 ** 30, -10 ** 15 - 3), (2 ** 64, 2 ** 32)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b if abs(a) < 10 ** 20 else "")
for a, b in [(7, 0), (0, 0), (10 ** 40, 0)]:
    for op in ("//", "%", "/", "divmod"):
        try:
            if op == "//": a // b
            elif op == "%": a % b
            elif op == "/": a / b
            else: divmod(a, b)
        except ZeroDivisionError as e:
            print(op, e)
print(-4611686018427387904 // -1, -9223372036854775808 // -1, -9223372036854775808 % -1)
print((-2 ** 63) // 1, abs(-2 ** 63), -(-2 ** 63))
print(5 // 2 * 2 + 5 % 2 == 5, -5 // 2 * 2 + -5 % 2 == -5)
print(10 ** 20 // 3, 10 ** 20 % 3, -(10 ** 20) // 3, -(10 ** 20) % 3)
print(7 / 7, 1 / 3, 2 ** 70 / 2 ** 69, (10 ** 400) // (10 ** 399))
try:
    (10 ** 400) / 1
except OverflowError as e:
    print(e)
print((10 ** 400) / (10 ** 399), 1 / (10 ** 400))
