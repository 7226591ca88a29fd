vals = [0.1 + 0.2, 1e16, 1e15, 123456789012345678.0, 1e-7, 1e-4, 0.0001234, -0.0, 0.0, 1.0, 100.0, 1e22, 1e23,
        2.5e-5, 5e-324, 1.7976931348623157e308, 2**53, 1/3, 2/3, 0.1, 1.1, 9.995, 1e100, 123.456]
for v in vals:
    print(repr(v), str(float(v)), '%s' % v, '%r' % v, f'{v}', format(v, ''), format(v, 'g'))
print(float('inf'), float('-inf'), float('nan'), -float('nan'), repr(float('inf')), str(-float('inf')))
