# Random patterns from a small grammar, matched against fixed subjects: the
# results and error messages must be those of CPython.
import random, re
random.seed(11)
atoms = ['a', 'b', '.', r'\d', r'\w', r'\s', '[ab]', '[^a]', '[a-c]', r'\b', '^', '$', 'x', r'\.', '(a)', '(?:ab)', '(?P<n%d>b)',
         r'\1', '(?=a)', '(?!b)', '(?<=a)', 'é', r'\W', '[.]', r'\x61', '[0-9]', 'ab|ba', r'\Z', r'\A', '(?i:B)', '(a|b)', '(?:a|)', '(?>a+)', 'a++', '(a)?(?(%d)b|c)', r'\2', '[\]a]', '[a-]', '[-a]', '(?x: a )', '(?s:.)', '(?m:^b)', '[\d\s]', '(ab)*', '()', '(?P=n%d)', '{', '}', ']', r'\n', '[^\n]', '\\']
quants = ['', '', '', '*', '+', '?', '{2}', '{1,2}', '*?', '+?', '{,2}', '{2,}']
subjects = ['aab ba x.y 12 éa', 'abba\nbab', '', 'xxaxx', 'a.b.c', 'bbb aaa 9']
for k in range(300):
    parts = []
    for j in range(random.randint(1, 4)):
        a = random.choice(atoms)
        if '%d' in a:
            a = a % k
        parts.append(a + random.choice(quants))
    pat = ''.join(parts)
    try:
        r = re.compile(pat)
    except re.error as e:
        print(k, repr(pat), 'error', e)
        continue
    out = []
    for s in subjects:
        try:
            out.append((r.findall(s), r.sub('#', s), [m.span() for m in r.finditer(s)]))
        except Exception as e:
            out.append(type(e).__name__)
    print(k, repr(pat), out)
