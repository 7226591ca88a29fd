print('%s %d %i %f' % ('a', 42, 7, 3.5), '%5s|%-5s|' % ('r', 'l'), '%05d %+d % d' % (42, 5, 5))
print('%x %X %#x %o %#o %c %c' % (255, 255, 255, 8, 8, 65, 'z'), '%e %.2E %g %G' % (1234.5, 0.000123, 1e-10, 1e20))
print('%r %a %%' % ('é', 'é'), '%(name)s is %(age)d' % {'name': 'Bob', 'age': 30}, '%.3s' % 'abcdef')
print('%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159), '%s' % (1,), '%s' % [1, 2], '%d' % 3.99, '%s' % None)
for fmt, arg in [('%d', 'x'), ('%s %s', (1,)), ('%s', (1, 2)), ('%z', 1), ('%c', 1234567), ('%(a)s', 5)]:
    try:
        print(fmt % arg)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
print(b'%s %d %x' % (b'ab', 5, 255), b'%c' % 65, b'%r' % 'x' if False else b'%a' % 'é')
