import struct
for f, v in [('b', 200), ('B', -1), ('h', 1 << 16), ('H', -1), ('i', 1 << 40), ('I', -1), ('l', 1 << 70),
             ('L', -1), ('q', 1 << 70), ('Q', -1), ('Q', 1 << 70), ('<i', 1 << 40), ('<I', -1), ('<q', 1 << 64),
             ('<Q', -1), ('<l', 1 << 40), ('n', 1 << 70), ('N', -1), ('e', 1e10), ('<f', 1e300), ('i', 'x'),
             ('f', 'x'), ('c', b'ab'), ('s', 1), ('?', []), ('<h', 40000), ('<b', -200), ('<I', 1 << 40),
             ('I', 1 << 40), ('<L', 1 << 40), ('<e', 70000.0), ('d', 1), ('i', 3.0), ('<H', 70000), ('b', True)]:
    try:
        print(f, struct.pack(f, v))
    except Exception as e:
        print(f, type(e).__name__, e)
for fmt in ['3', 'z', '<n', '@5sx', 'i h', '10p', '0s', 'bi', '=bi', 'ic', 'bq', 'b0i', '<qbh', '!H', 'xxx', '2e', 'P', 'ci?']:
    try:
        print(fmt, struct.calcsize(fmt))
    except Exception as e:
        print(fmt, type(e).__name__, e)
vals = (-3, 250, -30000, 60000, -2**31, 2**32 - 1, -2**63, 2**64 - 1, 1.5, -2.25, 0.1, True, b'x')
for order in '@=<>!':
    fmt = order + 'bBhHiIqQefd?c'
    p = struct.pack(fmt, *vals)
    print(order, len(p), p.hex(), struct.unpack(fmt, p))
print(struct.pack('<l', -5), struct.pack('>L', 7), struct.pack('@l', -5))
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcd'), struct.pack('3p', b'abcdef'), struct.pack('s', b''))
print(struct.unpack('5s3p', b'hello\x02abXX'[:8]))
print(struct.pack('3h', 1, 2, 3), struct.unpack('<3h', b'\x01\x00\x02\x00\x03\x00'))
print(struct.unpack('<?e2xc', b'\x05\x00\x3c\x00\x00z'))
for h in [0.0, -0.0, 1.0, 65504.0, 6.1e-05, 5.96e-08, 1e-9, 0.333, float('inf')]:
    print(h, struct.pack('<e', h).hex(), struct.unpack('<e', struct.pack('<e', h)))
class I:
    def __index__(self):
        return 7
print(struct.pack('i', I()))
for call in [lambda: struct.unpack('i', b'12'), lambda: struct.pack('ii', 1),
             lambda: struct.unpack_from('i', b'12345', 3), lambda: struct.pack_into('i', bytearray(3), 1, 5),
             lambda: list(struct.iter_unpack('i', b'12345')), lambda: struct.unpack_from('i', b'12345', -10),
             lambda: struct.pack(5), lambda: struct.calcsize('ii5')]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
b = bytearray(10)
struct.pack_into('<hi', b, 2, 513, -1)
print(b, struct.unpack_from('<hi', b, 2), struct.unpack_from('<h', b, offset=2), struct.unpack_from('<i', b, -4))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')))
s = struct.Struct('<ih')
print(s.size, s.format, s.pack(1, 2), s.unpack(b'\x01\x00\x00\x00\x02\x00'), s.unpack_from(b'xx\x01\x00\x00\x00\x02\x00', 2))
print(struct.error.__name__, struct.error.__module__, issubclass(struct.error, Exception))
print(struct.Struct(b'>I').unpack(b'\x00\x00\x01\x00'))
print(struct.unpack('>q', b'\xff' * 8), struct.unpack('>Q', b'\xff' * 8), struct.unpack('>i', b'\x80\x00\x00\x00'))
print(struct.unpack('f', struct.pack('f', 3.14159)), struct.unpack('d', struct.pack('d', 3.14159)))
print(struct.pack('>d', float('nan'))[:2], struct.unpack('>e', b'\x7c\x00'))
