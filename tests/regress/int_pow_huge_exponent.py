# int ** int where (bits of the base) * exponent passes 2**64, and round()
# with the most negative ndigits.  gilpy answers these at once (MemoryError;
# 0); CPython works for minutes and gigabytes on them, so under CPython
# the program prints the same outcome without computing it.
import sys

quick = sys.implementation.name != "cpython"
cases = [
    ("2 ** 2**63", lambda: 2 ** 2**63),
    ("(-2**63) ** 2**63", lambda: (-2**63) ** 2**63),
    ("(-2**63) ** 2**62", lambda: (-2**63) ** 2**62),
    ("(2**63).__rpow__(-2**63)", lambda: (2**63).__rpow__(-2**63)),
    ("pow(3, 2**62)", lambda: pow(3, 2**62)),
]
for label, fn in cases:
    if quick:
        try:
            fn()
            print(label, "computed")
        except MemoryError:
            print(label, "MemoryError")
    else:
        print(label, "MemoryError")
for n, nd in [(12345, -2**63), (-12345, -2**63 + 1), (2**70, -2**63)]:
    print(n, nd, round(n, nd) if quick else 0)
# Exponents that still fit are computed.
print((2**62) ** 2, (-3) ** 41, pow(-2**63, 3) == -2**189, round(2**70, -20), round(-15, -1))
