# str.format: auto numbering, attribute chains, escapes, nested widths, sign-aware padding.
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.coords = (x, y)
p = Pt(3, -4)
print("({0.x}, {0.y}) {0.coords[1]} {1[key][0]}".format(p, {"key": "value"}))
print("{:+} {:+} {: } {: }".format(5, -5, 5, -5))
print("{:=10d}|{:=+10.2f}|{:010.2f}".format(-42, 3.5, -3.5))
print("{:^+9.1%}|{:<#8x}|{:>#8o}|".format(0.125, 255, 8))
print("{0:{fill}{align}{width}}".format("mid", fill="~", align="^", width=11))
print("{:,.3f} {:_} {:,d}".format(1234567.891, 10 ** 10, -1000000))
print("{!r:^10}|{!s:>5}|{!a}".format("x", 12, "ü"))
print("{{{0}}}".format("braces"), "{0}{1}{0}".format("ab", "-"))
print("{:.3s}|{:10.3s}|".format("abcdef", "abcdef"))
print("{0[1]}{0[0]}".format("xy"), "{a[b]}".format(a={"b": "nested key"}))
print("{:g} {:g} {:g} {:g} {:G}".format(100000, 1000000, 0.0001, 0.00001, 1e-20))
print("{:e} {:.0e} {:E}".format(0, 12345, 1.5))
print("{:c}{:c}{:c}".format(71, 105, 108))
print("{:#b} {:#010b} {:b}".format(5, 5, -5))
