class Shape:
    def area(self):
        raise NotImplementedError(type(self).__name__ + '.area')
    def describe(self):
        return '%s with area %.2f' % (type(self).__name__, self.area())
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Blob(Shape): pass
for s in [Circle(1), Sq(3), Blob()]:
    try:
        print(s.describe())
    except NotImplementedError as e:
        print('NotImplementedError', e)
shapes = sorted([Circle(2), Sq(2), Sq(5), Circle(0.5)], key=lambda s: s.area())
print([type(s).__name__ for s in shapes])
print(NotImplemented.__class__.__name__, NotImplementedError.__mro__[1].__name__)
