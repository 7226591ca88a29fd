# to_bytes, from_bytes, bit_length, bit_count and other int methods.
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (0).to_bytes(0, "big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True))
print((255).to_bytes(1, "big"), (2 ** 64).to_bytes(9, "big"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"), int.from_bytes(b"\x80", "big", signed=True))
print(int.from_bytes(bytes(range(20)), "little"))
for args in [(256, 1, "big"), (-1, 1, "big")]:
    try:
        args[0].to_bytes(args[1], args[2])
    except OverflowError as e:
        print("OverflowError:", e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(e)
print((1).to_bytes(), (65).to_bytes(1))
for n in (0, 1, 2, 255, 256, -1, -255, 2 ** 100, -(2 ** 100) - 1):
    print(n, n.bit_length(), n.bit_count())
print((12).as_integer_ratio(), (5).conjugate(), (7).real, (7).imag, (7).numerator, (7).denominator)
print((-3).__abs__(), (3).__neg__(), int.__add__(1, 2), (10).__index__())
print((6).is_integer() if hasattr(int, "is_integer") else "no is_integer")
print(int.__name__, type(int), isinstance(True, int))
