# binascii rejects objects that are not bytes-like (an int must not be taken
# as a size), and hexlify/unhexlify are functions of their own.
import array
import binascii

encoders = [binascii.b2a_hex, binascii.hexlify, binascii.b2a_base64, binascii.crc32]
decoders = [binascii.a2b_hex, binascii.unhexlify, binascii.a2b_base64]
args = [2147483647, 3, "ab", [1, 2], None, b"ab", bytearray(b"\x01"), memoryview(b"xyz"),
        array.array("h", [1, 2])]
for f in encoders:
    for arg in args:
        try:
            print(f.__name__, type(arg).__name__, f(arg))
        except TypeError as e:
            print(f.__name__, type(arg).__name__, "TypeError:", e)
for f in decoders:
    for arg in [5, None, [1], "0a0b", b"6162", bytearray(b"7a7a"), memoryview(b"4142")]:
        try:
            print(f.__name__, type(arg).__name__, f(arg))
        except (TypeError, binascii.Error) as e:
            print(f.__name__, type(arg).__name__, type(e).__name__ + ":", e)
print(binascii.crc_hqx(b"abc", 0), binascii.hexlify(b"\x01\x02\x03", "-", 2))
