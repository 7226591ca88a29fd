b = b'Hello, World'
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b.split(b', '), b.split(), b.replace(b'l', b'L', 2))
print(b.find(b'o'), b.rfind(b'o'), b.index(b'W'), b.count(b'l'), b.startswith(b'He'), b.endswith((b'x', b'ld')), b.find(111))
print(b[0], b[-1], b[1:4], b[::-1], b * 2, b + b'!', b'l' in b, 108 in b, list(b[:3]))
print(b.center(16, b'*'), b.ljust(14, b'.'), b.rjust(14), b.zfill(14), b'  x '.strip(), b'x'.join([b'a', b'b']))
print(b'abc'.isalpha(), b'123'.isdigit(), b'a1'.isalnum(), b' \t'.isspace(), b'ABC'.isupper(), b'abc'.islower(), b'Ab Cd'.istitle(), b'\x80'.isascii())
print(b'a,b,,c'.split(b','), b'a b  c'.rsplit(None, 1), b'key=val'.partition(b'='), b'a.b.c'.rpartition(b'.'), b'x\ny'.splitlines())
print(b'tab\there'.expandtabs(4), b'%s-%d' % (b'x', 5), b'abc'.removeprefix(b'a'), b'abc'.removesuffix(b'c'), b'\x00\xff'.hex())
print(b'abc' < b'abd', b'abc' == bytearray(b'abc'), b'' < b'\x00', hash(b'abc') == hash(b'abc'), b'abc' == 'abc')
for bad in [lambda: b'a' + 'b', lambda: b'abc'.find('b'), lambda: b'x'[5], lambda: b'a'.join(['b']), lambda: b'%d' % 'x', lambda: bytes('a')]:
    try:
        bad()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
