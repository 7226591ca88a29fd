# f-strings with nested format specs and objects defining __format__.
width, prec = 12, 3
v = 3.14159265
print(f"[{v:{width}.{prec}f}]")
print(f"[{v:<{width}.{prec}e}]")
print(f"[{'s':*^{width}}]")
print(f"[{12345678:,}] [{12345678:_}] [{0.5:%}] [{0.25:.1%}]")
print(f"[{-5:+d}] [{5:+d}] [{5: d}] [{-5: d}]")
print(f"[{255:#x}] [{255:#X}] [{255:#b}] [{255:#o}]")
print(f"[{1e100:g}] [{1e-5:g}] [{123456789:g}] [{0.0001:G}]")

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __repr__(self):
        return "Money(%d)" % self.cents
    def __str__(self):
        return "money"

m = Money(1234)
print(f"{m} {m:short} {m!r} {m!s}")
print(f"{m!r:>15}|")
print(f"{[1, 2]!r:>10}|")
print(format(m, "short"), format(m))
print(f"{'abc':.2}|{'abc':5.1}|")
import math
print(f"{math.pi:.10f}")
print(f"{True} {True:d} {None}")
