import re
print(re.match(r'(\w+) (\w+)', 'hello world foo'))
m = re.search(r'(?P<first>\d+)-(?P<second>\d+)', 'tel 123-4567 end')
print(m.group(), m.group(1), m.group('second'), m.groups(), m.groupdict(), m.span(), m.start(2), m.end('first'))
print(m.lastindex, m.lastgroup, m[0], m['first'], m.group(1, 2), m.regs, m.pos, m.endpos, m.string, m.re.pattern)
print(m.expand(r'\2/\1 \g<first> \g<2>'))
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)', 'a1b2'), re.findall(r'(a)|b', 'ab'))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@site x@y'), re.sub('a', r'\n', 'bab') == 'b\nb')
print(re.split(r'[,;]\s*', 'a, b;c,  d'), re.split(r'(,)', 'a,b,c'), re.split(r'x*', 'axbc'), re.split(',', 'a,b,c', 1))
print(re.split(r'(a)|(b)', 'xaybz'), re.split(r'\s+', '  lead'), re.split('', 'abc'))
print(re.sub('x*', '-', 'abxd'), re.subn(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c3'), re.sub('a', 'b', 'aaa', count=2))
print(re.compile(r'abc', re.I | re.M), re.I, re.compile('x').flags, re.compile(b'x').flags, re.compile('(?i)x').flags)
print(repr(re.I | re.S), re.compile('a', re.X | re.A))
print(re.fullmatch(r'a.c', 'abc'), re.fullmatch(r'a.c', 'abcd'), re.match('é+', 'ééx'), re.search('x', 'ééx').span())
for p in ['(', ')', '[a', '*a', 'a**', r'\q', 'a{2,1}', '(?<x>a)', '(?P<1>a)', r'\2(a)', 'a(?i)b', '(?Px)', 'a\n(', '+', 'a|*',
          '(?P<n>a)(?P<n>b)', '\\', 'x{,2}y', r'\x4', r'[\A]', '(?#abc', '^*']:
    try:
        r = re.compile(p)
        print(repr(p), 'ok', r.groups)
    except re.error as e:
        print(repr(p), 'error:', e, '|', e.msg, e.pos, e.lineno, e.colno)
print(re.escape('a.b*c?'), re.escape('x y_z-1'), re.escape(b'a.b'))
print([m.span() for m in re.finditer(r'\b\w', 'hi there you')], [m.group() for m in re.finditer('', 'ab')])
print(re.match(r'x{,2}y', 'xxy'), re.match(r'a{2}', 'aaa'), re.match(r'a{2,}', 'aaaa'), re.match(r'a{', 'a{'))
print(re.findall(r'[a-c]+', 'xabcabx'), re.findall(r'[^a-c\s]+', 'xab cd'), re.findall(r'[\]\[]', 'a[b]'))
print(re.findall(r'\d+', '١٢٣ 456'), re.findall(r'\d+', '١٢٣ 456', re.A), re.findall(r'\w+', 'héllo wörld'))
print(re.match(r'(?i)HELLO', 'hello'), re.search(r'^b', 'a\nb', re.M), re.search(r'a.b', 'a\nb', re.S), re.search(r'a.b', 'a\nb'))
print(re.search(r'a$', 'a\n'), re.search(r'a\Z', 'a\n'), re.search(r'\Aa', 'ba'), re.search(r'(?m)a$', 'a\nb'))
print(re.match(r'''
    (\d+)   # number
    \s*     # space
    ([a-z]+) # word
''', '12 abc', re.X).groups())
print(re.match(r'(a)(b)?', 'a').groups(), re.match(r'(a)(b)?', 'a').groups('-'), re.match(r'(a)(b)?', 'a').span(2))
print(re.match(r'(?:a|b)+', 'abba'), re.match(r'(a+?)(a*)', 'aaa').groups(), re.match(r'(?=ab)a', 'ab'), re.match(r'(?!x)a', 'ab'))
print(re.search(r'(?<=a)b', 'ab'), re.search(r'(?<!a)b', 'ab cb'), re.match(r'(a)\1', 'aa'), re.match(r'(?P<x>a)(?P=x)', 'aa'))
print(re.match(r'(a)?(?(1)b|c)', 'ab'), re.match(r'(a)?(?(1)b|c)', 'c'), re.match(r'\x41\u0042\101\0', 'ABA\0'))
print(re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'a bc'), re.sub(r'(\d)', r'\g<1>0', '1 2'), re.sub('', '-', 'ab'))
print(re.findall(rb'\d+', b'a12b3'), re.sub(rb'(\d)', rb'[\1]', b'a1'), re.match(rb'\w+', b'abc def'))
try:
    re.match('a', b'a')
except TypeError as e:
    print(e)
try:
    re.match(b'a', 'a')
except TypeError as e:
    print(e)
try:
    m.group(5)
except IndexError as e:
    print(e)
try:
    re.sub('(a)', r'\2', 'a')
except re.error as e:
    print(e)
try:
    re.sub('a', r'\q', 'a')
except re.error as e:
    print(e)
p = re.compile(r'\d')
print(p.search('ab3', 1), p.search('ab3', 0, 2), p.match('3'), p.findall('1a2b3', 1, 4), p.pattern, p.groups, p.groupindex)
print(re.compile(r'(?P<a>x)(?P<b>y)').groupindex, re.compile('a') == re.compile('a'), re.purge())
print(re.match(r'((a)b)', 'ab').lastindex, re.match(r'(a)(b)', 'ab').lastindex, re.match(r'(a)|(b)', 'b').lastindex)
print(re.search(r'[\d.]+', 'v1.25x').group(), re.findall(r'[-+]?\d*\.\d+|\d+', '3.14 -2.5 42'), re.findall('a|ab', 'ab'))
print(re.match('(?s:.)', '\n'), re.match('(?i:A)b', 'aB'), re.match('a++b', 'aab'), re.match('(?>a+)b', 'aab'))
print(re.findall(r'\bfoo\b', 'foo foobar (foo)'), re.sub(r'\s+', ' ', ' a \t\n b '), re.match(r'[\w.-]+@[\w.-]+', 'x.y@z.org'))
s = 'x' * 1000 + 'é' + 'ab' * 1000
print(len(re.findall('ab', s)), re.search('é(ab)+', s).span(), len(re.sub('b', 'BB', s)))
