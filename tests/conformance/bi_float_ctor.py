for s in ['1.5', ' -2.5e3 ', 'inf', '-Infinity', 'nan', '1_0.5', '.5', '5.', '1e-7', '0x10' if False else '1e500', '-0']:
    print(repr(float(s)))
for bad in ['', '1.5.5', 'abc', '1_', '_1', '1e', 'infinit']:
    try:
        float(bad)
    except ValueError as e:
        print(e)
print(float(2**53 + 1), float(10**20), float(True), float(-5))
try:
    float(2**1024)
except OverflowError as e:
    print(e)
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 3
print(float(F()), float(I()))
print(float.fromhex('0x1.8p1'), (1.5).hex(), (0.1).hex(), float.fromhex('-0x0p0'))
print((2.5).as_integer_ratio(), (0.1).as_integer_ratio(), (5.0).is_integer(), (5.5).is_integer())
