# repr of strings chooses quotes and escapes control and non-printable characters.
for i in list(range(0, 33)) + [34, 39, 92, 127, 128, 160, 173, 255, 0x2028, 0xFEFF, 0xE000, 0x10FFFF]:
    print(i, repr(chr(i)), ascii(chr(i)))
print(repr("'\""), repr("'"), repr('"'), repr("\\'"), repr("a\\b"))
print(repr(b"\x80\xff\x00'"), repr(bytearray(b"\n")))
