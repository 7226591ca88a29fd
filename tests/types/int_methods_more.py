# int dunder methods called directly and rounding of ints.
n = 1234567
print(n.__round__(), n.__round__(-2), n.__round__(-3), (-1250).__round__(-2), (1350).__round__(-2), round(15, -1), round(25, -1))
print(n.__floor__(), n.__ceil__(), n.__trunc__(), n.__index__(), n.__int__(), n.__float__(), n.__bool__(), (0).__bool__())
print((7).__divmod__(2), (7).__rdivmod__(2), (2).__pow__(10), (2).__pow__(10, 1000), (3).__rpow__(2))
print((5).__lt__(6), (5).__eq__(5.0), (5).__eq__("5"), (5).__hash__() == hash(5), (-5).__abs__(), (5).__neg__(), (5).__invert__())
print((6).__and__(3), (6).__or__(3), (6).__xor__(3), (1).__lshift__(10), (1024).__rshift__(3), (10).__mod__(3), (10).__floordiv__(4))
print((10).__truediv__(4), (10).__sub__(4), (10).__rsub__(4), (10).__mul__(4), (3).__add__(2.5), (3).__radd__(2))
print(int.__new__(int, "42"), int.__repr__(5), int.__str__(-5), (255).__format__("x"), int.__format__(255, "08b"))
print((-17).bit_length(), (2 ** 100).bit_length(), (-(2 ** 100)).bit_length(), (0).bit_count(), (-7).bit_count())
print(int.from_bytes(b"\xff" * 10, "little", signed=True), (-(2 ** 79)).to_bytes(10, "little", signed=True))
print((3).as_integer_ratio(), (-3).as_integer_ratio(), True.as_integer_ratio(), (10 ** 20).as_integer_ratio())
