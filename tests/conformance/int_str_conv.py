for v in [0, -0, 2**63, -2**63, 10**30, -10**30 + 1]:
    print(str(v), repr(v), int(str(v)) == v, format(v, 'x'), format(v, ',d'), format(v, '_b')[-10:])
print(int('-' + '9' * 50) + 1, int('1' * 64, 2), int('z' * 15, 36), int('7' * 22, 8))
print(format(2**64, '>30'), format(-2**64, '030'), format(2**64, '+'), format(2**70, 'e'), format(2**64, '.3e'))
print(str(1_000_000), 0b1010, 0o17, 0xFF, 0XAB, 1_0)
