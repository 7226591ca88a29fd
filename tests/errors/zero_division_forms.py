# Every way to divide by zero, with CPython's message for each.
import math
cases = ["1 / 0", "1 // 0", "1 % 0", "divmod(1, 0)", "1.0 / 0", "1.0 // 0.0", "1.0 % 0.0", "divmod(1.0, 0.0)",
         "1j / 0", "(1 + 1j) / 0j", "0 ** -1", "0.0 ** -1", "pow(0, -2)", "pow(0.0, -2.5)", "10 ** 100 // 0",
         "(2 ** 100) % 0", "math.fmod(1, 0)", "1 / False", "True // False", "5 % 0.0", "math.log(0)",
         "pow(5, -1, 10)", "math.inf / 0"]
for c in cases:
    try:
        print(c, "=", eval(c))
    except (ZeroDivisionError, ValueError) as e:
        print(c, "->", type(e).__name__ + ":", e)
