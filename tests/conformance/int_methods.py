print((5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate(), (-5).as_integer_ratio())
print(int.__name__, (3).__index__(), (3).__float__(), (7).__floordiv__(2), (7).__rfloordiv__(30))
print((7).__truediv__(2), (2).__pow__(10), (2).__pow__(10, 1000), (5).__bool__(), (0).__bool__())
print((5).__add__('x'), (5).__eq__('5'), int.__eq__(1, 1), (1).__hash__() == 1, (-1).__hash__())
print(True.__add__(True), True & False, True | False, True ^ True, type(True & False), type(True & 1))
class MyInt(int):
    pass
m = MyInt(5)
print(m, m + 1, type(m + 1), repr(m), m == 5, hash(m) == hash(5), isinstance(m, int), -m, type(-m))
