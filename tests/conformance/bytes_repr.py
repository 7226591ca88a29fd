for b in [b'', b'abc', b"it's", b'say "x"', b'both \'"', b'\x00\x01\x7f\x80\xff', b'\t\n\r\\', bytes(range(30, 40))]:
    print(repr(b), str(b), repr(bytearray(b)), len(b))
print(bytes(b'abc').decode(), bytearray(b'xyz').decode('ascii'), repr(b'\xe2\x82\xac'.decode()))
print(b'\101\x42C', rb'\x41', br'\n', B'upper', Rb'\t')
