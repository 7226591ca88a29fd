print(int(), int('42'), int(' -7 '), int('1_000'), int('0x1f', 16), int('0x1f', 0), int('z', 36), int('0b101', 0))
print(int(3.99), int(-3.99), int(True), int('٣'), int(b'12'), int(1e20), int('+0'))
for bad in ['', '1.5', '0x', '1__0', '_1', '09', ' ']:
    try:
        print(int(bad, 0))
    except ValueError as e:
        print(e)
try:
    int('12', 1)
except ValueError as e:
    print(e)
try:
    int(float('nan'))
except ValueError as e:
    print(e)
try:
    int(float('inf'))
except OverflowError as e:
    print(e)
class T:
    def __trunc__(self): return 7
class I:
    def __index__(self): return 8
class N:
    def __int__(self): return 9
print(int(I()), int(N()))
print(int('9' * 30), int('-' + '1' * 25, 2))
