print('{} {}'.format(1, 2), '{1} {0}'.format('a', 'b'), '{x}{y}'.format(x=1, y=2), '{0}{0}'.format('r'))
print('{:>8}|{:<8}|{:^8}|'.format('r', 'l', 'c'), '{:*^9}'.format('mid'), '{:08.3f}'.format(-3.14159))
print('{0[1]} {0[a]}'.format({1: 'one', 'a': 'A'}) if False else '{0[1]}'.format([5, 6]), '{p.real}'.format(p=3))
print('{!r} {!s} {!a}'.format('é', 'é', 'é'), '{{}} {{{}}}'.format(7), '{:,}'.format(10**9))
print('{:b} {:o} {:x} {:X} {:#b} {:#o} {:#x} {:c}'.format(10, 10, 255, 255, 5, 8, 255, 65))
print('{:e} {:E} {:g} {:G} {:%} {:.0%}'.format(12345.678, 0.00012, 1e-5, 1e20, 0.25, 0.555))
print('{:+d} {: d} {:-d} {:=+6d}'.format(5, 5, -5, 42), '{:10.4}'.format('truncate me'))
for bad in ['{', '}', '{0', '{:d}', '{a}', '{0}{}']:
    try:
        print(bad.format('s'))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
print('{:{w}.{p}f}'.format(3.14159, w=10, p=2), '{0:{1}}'.format(5, '>4'))
