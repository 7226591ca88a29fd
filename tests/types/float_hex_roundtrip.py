# float.hex and float.fromhex round-trip exactly; repr round-trips too.
vals = [0.0, -0.0, 1.0, 0.1, -2.5, 1e-310, 5e-324, 1.7976931348623157e308, 3.141592653589793, 1 / 3, 2 ** -1074, 123456.789]
for v in vals:
    h = v.hex()
    print(h, float.fromhex(h) == v, float(repr(v)) == v)
x = 1.0
ok = True
for i in range(2000):
    x = x * 1.0001 + 1e-9
    if float.fromhex(x.hex()) != x or float(repr(x)) != x:
        ok = False
print(ok, repr(x))
print(float.fromhex("0x1.0000000000001p0") - 1.0, float.fromhex("-0x1p-1074"), float.fromhex(" 0x1.8p+1 "))
