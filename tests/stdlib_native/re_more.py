import re
cases = [
    (r'[[:alpha:]]+', '[:a:]x'), (r'\d{2,}', 'a1b22c333'), (r'a{,2}', 'aaa'), (r'a{}', 'a{}'), (r'x{1,2', 'x{1,2'),
    (r'(?i)straße', 'STRASSE straße'), (r'\w+', 'naïve café'), (r'(?a)\w+', 'naïve'), (r'\s+', 'a \u2003b'),
    (r'[^\W\d_]+', 'ab1_c'), (r'[\d-z]+', '1-z'), (r'[a\-z]+', 'a-z'), (r'[]a]+', ']a]'), (r'[^]a]+', 'bc]'),
    (r'\$\^\.', '$^.'), (r'#not comment', '#not comment'), (r' +', 'a  b'), (r'\x41\x{42}', 'AB'),
    (r'(a)(?:b)(c)?', 'ab'), (r'(?P<year>\d{4})-(?P<mon>\d\d)', 'on 2024-05-06'), (r'^\s*$', ''),
    (r'(?m)^\w', 'ab\ncd\nef'), (r'(?s).+', 'a\nb'), (r'.+', 'a\nb'), (r'\Bb\B', 'abc b'), (r'(?x) a b c # comment', 'abc'),
    (r'(?x)[ ]a', ' a'), (r'a|b|', 'c'), (r'(a|ab)(c|bcd)(d*)', 'abcd'), (r'(?<=\d{3})x', '123x'),
    (r'\u00e9', 'é'), (r'\U0001F600', '😀'), (r'[\u00e0-\u00ff]+', 'àéÿz'), (r'\0\07', '\0\7'), (r'\101', 'A'),
    (r'(a)\1{2}', 'aaa'), (r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" now'), (r'\bcat\b', 'cat concat cat.'),
    (r'[.]', 'a.b'), (r'\\', 'a\\b'), (r'\n\t\r\f\v\a', '\n\t\r\f\v\a'), (r'[\b]', 'a\bb'), (r'\Z', 'ab'),
    (r'(?#comment)x', 'x'), (r'(?i:a)A', 'aA'), (r'(?-i:a)', 'a'), (r'a*?b', 'aaab'), (r'(ab)*', 'ababx'),
    (r'(?:(a)|b)*', 'ab'), (r'()', 'x'), (r'(a)?b', 'b'),
]
for pat, s in cases:
    try:
        r = re.compile(pat)
        print(repr(pat), r.findall(s), [m.span() for m in r.finditer(s)], r.sub('<\\g<0>>', s))
    except re.error as e:
        print(repr(pat), 'error', e)
m = re.match(r'(?:(a)|b)*', 'ab')
print(m.groups(), m.lastindex, m.span(1))
m = re.search(r'(?P<a>x)(?P<b>y)?', 'zx')
print(m.groupdict(), m.groupdict('-'), m.lastgroup, m.regs, m.expand(r'[\g<a>][\g<b>]'))
print(re.sub(r'(\d+)', lambda m: '%03d' % int(m[1]), 'a1b22c333'), re.subn('a', '', 'banana', 2))
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words.', maxsplit=1), re.split('x', ''))
print(re.findall(r'(?m)^(\w+):\s*(.*)$', 'key: value\nother:  thing'), re.match(r'.*', 'abc', re.DOTALL).end())
print(re.sub(r'^', '>', 'a\nb', flags=re.M), re.sub(r'$', '<', 'a\nb\n'), re.sub(r'\b', '|', 'ab cd'))
p = re.compile(r'o')
print(p.search('foo', 2), p.match('foo', 1), p.fullmatch('o'), p.findall('foooo', 2, 4), p.split('foo'), p.sub('0', 'foo', 1))
print(re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11', 'abcdefghijkk').group(11))
print(re.sub('(?P<x>b)', r'\g<x>\g<x>\\n', 'abc'), re.escape('é\n') == 'é\\\n', repr(re.compile('ab', re.S)))
print(re.compile(r'(?P<first>a)').groupindex, re.compile(r'(a)(b)').groups, isinstance(re.match('a', 'a'), re.Match))
print(type(re.match('a', 'a')).__name__, re.match('a', 'a')[0], re.search('(b)', 'abc')[1], bool(re.match('', '')))
print(re.I, repr(re.I|re.M), re.I|8, re.I & re.I, ~re.I, int(re.S), re.I.name, isinstance(re.I, int), re.I == 2, hash(re.I) == 2, re.M | re.I, re.compile("a", re.X|re.A), re.S|re.I)
for p in ["(?=a)b+", "(?=a)a+", "(?<=a)+b", "(?!x)*a", "((?=a))+a", "(?=a){2}a", "x(?=a)+?"]:
    try:
        print(p, re.findall(p, "aab ab xa"))
    except re.error as e:
        print(p, e)
