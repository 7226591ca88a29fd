for s in ['', '>5', '<5', '^6', '.2', '>6.2', '*<7', '0>4', 's', '^1']:
    print(repr(s), [format(v, s) for v in ['abc', '', 'héllo', '😀']])
for bad in ['d', '+', ',', '=5', '#', '05']:
    try:
        format('x', bad)
    except ValueError as e:
        print(repr(bad), e)
print('{:>{}}'.format('a', 3), '{0:{fill}{align}{w}}'.format('z', fill='-', align='^', w=7))
print('{0!r:>8}|{0!s:<8}|{0!a:^10}'.format('ü'))
print('{a[0]}-{a[1][x]}-{b.imag}'.format(a=['p', {'x': 'q'}], b=3j), '{0[-1]}'.format({'-1': 'neg'}))
print('{}'.format(3.0), '{}'.format(1e16), '{:}'.format(0.1), '{0}{0}'.format(-0.0), 'x'.format_map({}), '{k}'.format_map({'k': 'v'}))
