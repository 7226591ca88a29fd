# hex() separators, fromhex whitespace, and formatting bytes values.
data = bytes(range(0, 256, 17))
print(data.hex(), data.hex(" "), data.hex("-", 4), data.hex(":", -4), data.hex(b"_", 2))
print(bytearray(b"\x01\x02\x03").hex(","), b"".hex(), b"\xff".hex("-"))
print(bytes.fromhex("  01 02\t03\n04 "), bytes.fromhex("aBcD"), bytearray.fromhex(""))
for bad in ["0", "0g", "01 2", "xyz"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(repr(bad), e)
print(" ".join(f"{b:02x}" for b in b"\x00\x7f\x80\xff"), "%s" % b"x", str(b"\n"), "%r" % bytearray(b"y"))
print([hex(b) for b in b"AZ"], int.from_bytes(bytes.fromhex("0100"), "little"))
