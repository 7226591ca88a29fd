# bytes() and bytearray() from ints, iterables, strings, buffers and __bytes__.
print(bytes(0), bytes(3), bytes([]), bytes([0, 127, 255]), bytes(range(65, 70)), bytes(b"copy"))
print(bytes("text", "ascii"), bytes("é", "utf-8"), bytes("é", "latin-1"), bytes(bytearray(b"ba")))
print(bytes(x for x in [1, 2]), bytes((104, 105)), bytes(map(ord, "map")))
class B:
    def __bytes__(self):
        return b"from __bytes__"
print(bytes(B()))
print(bytearray(2), bytearray(b"x"), bytearray("é", "utf-8"), bytearray([1]), bytearray(range(3)))
for bad in [lambda: bytes(-1), lambda: bytes("x"), lambda: bytes([1.5]), lambda: bytes(1.5), lambda: bytearray([256]),
            lambda: bytes("é", "ascii")]:
    try:
        bad()
    except (ValueError, TypeError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)
print(bytes.fromhex("414243"), bytearray.fromhex("ff 00"), bytes().join([b"a", b"b"]))
