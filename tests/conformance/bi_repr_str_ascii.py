for v in ['a', "it's", 'say "hi"', 'both \'"', 'tab\tnl\n', '\x00\x7f', 'é€😀', '\\']:
    print(repr(v), ascii(v), str(v))
print(repr([1, 'a', (2,), {3: 'b'}, None]), str(b'x\xff'), repr(bytearray(b'a')))
print(repr(()), repr((1,)), repr(set()), repr(frozenset()), repr({}))
class R:
    def __repr__(self): return 'R!'
print(str(R()), repr([R()]), f'{R()!r}', '%r' % R())
class S:
    def __str__(self): return 'S-str'
print(str(S()), print.__name__)
class Bad:
    def __repr__(self): return 5
try:
    repr(Bad())
except TypeError as e:
    print(e)
