vals = [0, 1, -1, 42, -42, 255, 2**64, 3.7, -2.5]
for f in ['%d', '%5d', '%-5d|', '%05d', '%+d', '% d', '%x', '%#X', '%o', '%#o', '%.3d', '%e', '%.1f', '%g', '%10.3e', '%s', '%r', '%i', '%u']:
    row = []
    for v in vals:
        try:
            row.append(f % v)
        except TypeError as e:
            row.append('TE:' + str(e))
    print(f.ljust(6), row)
print('%c%c%c' % (72, 'i', 0x1F600) == 'Hi\U0001F600', '%5.1s|' % 'abc', '%-6r|' % 'a', '%%%d%%' % 50)
print('%(a)s %(a)r %(b)05.1f' % {'a': 'x', 'b': 2.25}, '%s' % {'k': 1}, '%s %s' % ((1, 2), [3]))
