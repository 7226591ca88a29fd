print(bytes(), bytes(3), bytes([65, 66]), bytes('é', 'utf-8'), bytes(b'ab'), bytes(bytearray(b'x')), bytes(range(3)))
for bad in [[256], [-1], -1]:
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    bytes('abc')
except TypeError as e:
    print(e)
print(bytearray(), bytearray(2), bytearray(b'ab'), bytearray('ü', 'latin-1'))
print(bytes.fromhex('de ad be ef'), bytes.fromhex(''), b'\x00\xff'.hex(), b'abc'.hex(':'), b'abcd'.hex('-', 2))
try:
    bytes.fromhex('zz')
except ValueError as e:
    print(e)
class B:
    def __bytes__(self): return b'custom'
print(bytes(B()))
