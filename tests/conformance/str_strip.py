print(repr('  hi  '.strip()), repr('  hi  '.lstrip()), repr('  hi  '.rstrip()))
print('xxhixx'.strip('x'), 'abcba'.strip('ab'), 'abc'.strip(''), ''.strip(), 'aaa'.strip('a'))
print(repr('\t\n\x0b\x0c\r \u3000x\u2003'.strip()), 'www.example.com'.strip('cmowz.'))
print('hello'.removeprefix('he'), 'hello'.removesuffix('lo'), 'hello'.removeprefix('x'), 'a'.removesuffix(''))
print(b'  ab '.strip(), b'xaby'.strip(b'xy'), bytearray(b' q ').strip())
try:
    'a'.strip(5)
except TypeError as e:
    print(e)
