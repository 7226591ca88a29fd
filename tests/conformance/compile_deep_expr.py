for n in [100, 500, 1000, 2000]:
    try:
        print(n, eval('+'.join(['1'] * n)))
    except RecursionError as e:
        print(n, 'RecursionError', e)
for n in [100, 1000, 1500]:
    chain = 'def pick(n):\n    if n == 0: return 0\n' + ''.join('    elif n == %d: return %d\n' % (i, i * 2) for i in range(1, n)) + '    else: return -1\n'
    g = {}
    exec(chain, g)
    print(n, g['pick'](n - 1), g['pick'](-5))
s = ' and '.join('x%d' % (i % 7) for i in range(1500))
print(eval(s, {'x%d' % i: i + 1 for i in range(7)}))
print(len(eval('[' + '[' * 90 + ']' * 90 + ']')))
print(eval('1 if 0 else ' * 500 + '7'))
