# bytes: iteration, comparison, hashing, conversions, count and find with ints.
b = bytes(range(250, 256)) + b"abc"
print(list(b), b[0], b[-1], b[:2], len(b), max(b), min(b), sum(b))
for i, x in enumerate(b"hi"):
    print(i, x, chr(x))
print(b"abc" == b"abc", b"abc" != b"abd", b"a" < b"b", b"abc" > b"ab", b"" == bytes(), b"x" == "x")
print(sorted([b"b", b"a", b"ab"]), b"\x00" in b"a\x00", 0 in b"a\x00", b"" in b"x")
print(hash(b"") == hash(b""), {b"k": 1}[b"k"], bytes(memoryview(b"mv")) if False else b"mv")
print(b"abc".upper().lower(), b"x".join([b"1", b"2", b"3"]), b"a,b".split(b",")[1])
print(b"aXbXc".replace(b"X", b""), b"  x  ".strip(), b"ab".startswith(b"a"), b"ab".endswith(b"b"))
print(bytes.fromhex("00ff").hex(), b"\x01\x02".hex(), int.from_bytes(b"\x12\x34", "big"))
print(b"%d bottles" % 99, b"%s" % b"x", b"%05.1f" % 2.25, b"%x" % 255, b"%-4s|" % b"a")
print(b"test".count(b"t"), b"test".find(b"s"), b"test".index(116), b"test".rindex(b"t"))
print(b"\t\n".isspace(), b"Ab".isalpha(), b"".isalpha(), b"12".isdigit(), b"a b".split())
print(bytes([72, 105]) + bytes(2), b"abc" * 2, 2 * b"x", b"ab" + bytearray(b"c"))
print(list(bytes("héllo", "utf-8")), bytes("héllo", "latin-1"))
