# bytes methods mirroring str, plus hex/fromhex and integer items.
b = b"Hello, World"
print(b.lower(), b.upper(), b.swapcase(), b.title(), b.capitalize())
print(b.split(b", "), b.split(), b"a  b".split(b" "), b.rsplit(b"o", 1), b"x\ny\r\nz".splitlines())
print(b.find(b"o"), b.rfind(b"o"), b.index(b"W"), b.count(b"l"), b.find(111), b.count(108))
print(b.startswith(b"He"), b.endswith((b"x", b"ld")), b.replace(b"l", b"L", 2), b.strip(b"Hd"))
print(b"  pad ".strip(), b"xxhixx".lstrip(b"x"), b.partition(b", "), b.rpartition(b"o"))
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"ab" * 3, b"a" + b"b", b"ab" in b"cabd", 98 in b"abc")
print(b.center(16, b"*"), b"7".zfill(3), b"ab".ljust(4, b"."), b"ab".rjust(4))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" ".isspace(), b"ABC".isupper(), b"Ab Cd".istitle())
print(b"\x00\xffab".hex(), b"abc".hex("-"), b"abcdef".hex(":", 2), bytes.fromhex("de ad BE EF"), bytes.fromhex(""))
print(b[0], b[-1], b[1:4], b[::-1][:3], list(b"abc"), len(b), b"abc" < b"abd", b"" < b"\x00")
print(bytes(4), bytes([65, 66]), bytes(range(3)), bytes(b"copy"), bytes("é", "utf-8"), bytes())
print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("utf-8"), b"abc".decode("ascii"))
print(b"a\tb".expandtabs(4), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"))
print(b"hello".translate(bytes.maketrans(b"el", b"ip")), b"hello".translate(None, b"l"))
for bad in [lambda: bytes([256]), lambda: bytes([-1]), lambda: b"a" + "b", lambda: bytes("s"), lambda: b"x"[5],
            lambda: bytes.fromhex("zz"), lambda: b"abc".decode("ascii", "strict") + b"\xff".decode("ascii")]:
    try:
        bad()
    except (ValueError, TypeError, IndexError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
print(repr(b"\x00\t\n\r\\'\x7f\x80"), repr(b'"'), hash(b"ab") == hash(b"ab"), b"ab" == bytearray(b"ab"))
