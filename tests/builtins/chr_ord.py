# chr() and ord() across the Unicode range.
for n in [0, 9, 32, 65, 97, 127, 128, 233, 255, 256, 0x3B1, 0x20AC, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF]:
    c = chr(n)
    print(n, repr(c), ord(c) == n, len(c))
print(ord("a"), ord("é"), ord("€"), ord("😀"), ord(b"a"), ord(bytearray(b"z")))
for bad in [-1, 0x110000, 2 ** 70]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in ["", "ab", b"ab", 5]:
    try:
        ord(bad)
    except TypeError as e:
        print(e)
print("".join(chr(ord(c) + 1) for c in "HAL"))
