# The shortest repr of a power of two may be the neighbour above the
# correctly rounded digits (its rounding interval is narrower below).
print(2**-24, 2**-25, 2.0**60, 2.0**-100, 2.0**1000, 2**-1074, 2.0**-1022)
print([repr(2.0 ** k) for k in range(-80, -20, 7)])
print(str(-2**-24), float('5.960464477539063e-08') == 2**-24, '%r' % (3 * 2.0**-60))
