# round() and abs() on ints, floats, bools and classes defining the hooks.
print(round(5), round(-5), round(True), round(5, -1), round(15, -1), round(-15, -1), round(123, 1))
print(round(1.4999999999999999), round(2.5000000001), round(-2.5), round(-3.5), round(1e16 + 1.0))
print(round(0.1 + 0.2, 15), round(1 / 3, 5), round(-1 / 3, 5), round(1e-10, 12), round(12.345, -1))
class Money:
    def __init__(self, v):
        self.v = v
    def __round__(self, n=None):
        return Money(round(self.v, n if n is not None else 2))
    def __abs__(self):
        return Money(abs(self.v))
    def __repr__(self):
        return f"Money({self.v})"
print(round(Money(1.005)), round(Money(2.675), 1), abs(Money(-3)))
print(abs(-7), abs(7.25), abs(-0), abs(-1e400 if False else -1e308), abs(complex(-3, -4)), abs(False))
