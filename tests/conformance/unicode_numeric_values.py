# int()/float() accept any Unicode decimal digit and Unicode white space.
digits = []
for cp in range(0x30000):
    if 0xD800 <= cp < 0xE000:
        continue
    c = chr(cp)
    if c.isdecimal():
        digits.append(cp)
print(len(digits), digits[:12], digits[-5:])
total = 0
for cp in digits:
    total += int(chr(cp))
print(total)
print(int('١٢٣'), int('\uff11\uff12'), float('١.٥'), int('\u2003 42 \u3000'), float('\xa0 1e3 '))
spaces = [cp for cp in range(0x3100) if chr(cp).isspace()]
print(spaces)
print(''.join(chr(c) for c in spaces).split(), 'a\x1cb\x1dc\x1ed\x1ff'.split(), 'a\x85b'.split())
