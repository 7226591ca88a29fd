for s in ['a,b,,c', ',', '', 'abc', ',a,']:
    print(repr(s), s.split(','), s.split(',', 1), s.rsplit(',', 1))
for s in ['  a  b   c ', '', '   ', 'a\tb\nc\x0bd\x0ce\x1cf\u2003g']:
    print(repr(s), s.split(), s.split(None, 1), s.rsplit(None, 1))
try:
    'a'.split('')
except ValueError as e:
    print(e)
print('a::b::c'.split('::'), 'aaa'.split('a'), 'abc'.split('abc'), 'x'.split(',', 0))
print('1 2 3'.split(maxsplit=1), 'a,b'.rsplit(sep=',', maxsplit=-1))
