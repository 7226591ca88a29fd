class R:
    def __init__(self, name): self.name = name
    def __radd__(self, o): return '%r + %s' % (o, self.name)
    def __rsub__(self, o): return '%r - %s' % (o, self.name)
    def __rmul__(self, o): return '%r * %s' % (o, self.name)
    def __rtruediv__(self, o): return '%r / %s' % (o, self.name)
    def __rpow__(self, o): return '%r ** %s' % (o, self.name)
    def __rand__(self, o): return '%r & %s' % (o, self.name)
    def __ror__(self, o): return '%r | %s' % (o, self.name)
    def __rxor__(self, o): return '%r ^ %s' % (o, self.name)
    def __rlshift__(self, o): return '%r << %s' % (o, self.name)
    def __rmod__(self, o): return '%r %% %s' % (o, self.name)
    def __rmatmul__(self, o): return '%r @ %s' % (o, self.name)
    def __rdivmod__(self, o): return 'divmod(%r, %s)' % (o, self.name)
r = R('r')
print(1 + r, 'a' - r, [1] * r, 2.5 / r, 2 ** r, 1 & r, 1 | r, 1 ^ r, 1 << r, 5 % r, 1 @ r, divmod(7, r))
print(pow(2, r))
class Base:
    def __add__(self, o): return 'Base.add'
    def __radd__(self, o): return 'Base.radd'
class Sub(Base):
    def __radd__(self, o): return 'Sub.radd'
print(Base() + Sub(), Sub() + Base(), Base() + Base())
class Left:
    def __add__(self, o): return NotImplemented
class Right:
    def __radd__(self, o): return 'Right.radd'
print(Left() + Right())
try:
    Left() + Left()
except TypeError as e:
    print(e)
