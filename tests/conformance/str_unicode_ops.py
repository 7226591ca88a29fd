s = 'naïve café — ΑΒΓ 😀 日本語'
print(len(s), s.upper(), s.lower(), s.title(), s.swapcase())
print(s.find('é'), s.find('😀'), s.rfind('日'), s.index('Γ'), s.count('a'), s[::-1], s[-3:], s[4:11], s[::3])
print(s.split(), s.encode('utf-8')[:12], len(s.encode('utf-8')), len(s.encode('utf-16-le')) if False else '', s.isascii())
print('—'.join(['a', 'ü', '😀']), 'ü'.center(5, '·'), '😀'.zfill(4), repr('😀'.ljust(3, 'é')))
print(sorted(['éclair', 'eclair', 'Éclair', 'zèbre', 'apple', 'Ωmega', 'ωmega']))
print([ord(c) for c in 'aé😀'], ''.join(chr(c) for c in [0x48, 0x49, 0x1F600]), 'é' in s, 'café' in s)
print('ΑΒΓ'.lower().upper(), 'straße'.upper(), 'STRASSE'.lower(), 'ǉ'.upper(), 'ǉ'.title(), 'ß'.casefold() == 'ss')
print(repr('\x00\x01\x1f\x7f\x80\x9f\xa0\xad'), repr('\u2028\u2029\ufeff\U000e0001'), ascii('日本'))
t = 'a😀b😀c'
print(t.split('😀'), t.replace('😀', '-'), t.partition('😀'), t.rpartition('😀'), t.strip('ac'), t.index('b'))
