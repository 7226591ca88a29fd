# Complex arithmetic, repr, conversions and errors.
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, a ** 2, a == 3 + 4j, a != b)
print(abs(a), a.conjugate(), a.real, a.imag, type(a.real).__name__)
print(complex(1), complex(1.5, -2), complex("1+2j"), complex(" 3-4J "), complex("-1.5j"), complex("5"))
print(complex(1j, 1j), complex(real=2, imag=3), complex("(1+2j)"))
print(repr(complex(0, 1)), repr(complex(1, 0)), repr(complex(-0.0, 0)), repr(complex(0.0, -0.0)))
print(1j ** 2, (1 + 1j) ** 0, 2 ** (1j * 0), pow(1j, 4))
print((2 + 3j) * 2, 2 * (2 + 3j), (4 + 2j) / 2, 1 / 1j, 1j + 1.5, True + 1j)
print(complex(float("inf"), 0), complex(float("nan"), 1), complex(1e300, 1e300) * 10)
for expr in ["1j / 0", "1j // 1", "1j % 1", "1j < 2j", "int(1j)", "float(1j)", "complex('1+')", "0j ** -1"]:
    try:
        print(eval(expr))
    except (ZeroDivisionError, TypeError, ValueError) as e:
        print(expr, type(e).__name__, e)
print(hash(1 + 0j) == hash(1), 1 + 0j == 1, {1: "a"}[1 + 0j])
print(f"{1 + 2j}", format(1.5 + 2.25j, ".1f"), f"{3j:>10}|")
print(complex(3, 4).__abs__(), (1 + 2j).__add__(1))
