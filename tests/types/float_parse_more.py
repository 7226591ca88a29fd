# float() parsing: huge and tiny exponents, special names, whitespace, underscores.
for s in ["1e-400", "1e400", "-1e400", "2.5e-324", "4.9e-324", "1.7976931348623157e308", "1.7976931348623159e308",
          " nan ", "+inf", "-Infinity", "iNfInItY", "0.000000000000000000000000000001", "1" + "0" * 30,
          "123456789012345678901234567890.5", "0.1e1", "1.", ".1", "1_2.3_4e1_0", "00.5", "-.5e-1", "\t\n 7 \r"]:
    print(repr(s), repr(float(s)))
for s in [".", "e1", ".e1", "1e1.5", "1.0f", "in", "nann", "1_.0", "1._0", "--1", "0x1p1", "1 0", "\x00"]:
    try:
        float(s)
        print(repr(s), "accepted")
    except ValueError as e:
        print(repr(s), "ValueError:", e)
print(float(b" 2.5 "), float(bytearray(b"-1e2")))
class F:
    def __float__(self):
        return 2.25
class I:
    def __index__(self):
        return 7
print(float(F()), float(I()))
