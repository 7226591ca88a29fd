print(True + True, True - False, True * 5, True / 2, True // 2, True % 2, True ** 2, -True, +True, ~False, abs(-True))
print(True & True, True | False, True ^ True, False ^ True, type(True ^ True).__name__, type(True + 0).__name__)
print(True == 1, False == 0, True is 1 == False, True > False, max(True, 2), sum([True] * 10), [1, 2, 3][True])
print(str(True), repr(False), format(True), format(True, 'd'), format(False, '>6'), f'{True!r}', '%d' % True, '%s' % False)
print(bool('False'), bool(0.0), bool(-0.0), bool(0j), int(True), float(False), hash(True), {True: 'a', 1: 'b'})
print(isinstance(True, int), issubclass(bool, int), True.real, True.imag, True.numerator, True.denominator, True.bit_length())
try:
    class B(bool): pass
except TypeError as e:
    print(e)
print(bool.__name__, bool(None), not None, not not 5, (not 0) + 1)
