# bytes and bytearray methods, int(), float() and %b with memoryview arguments.
m = memoryview(b'12')
for f in [lambda: int(m), lambda: int(memoryview(b'ff'), 16), lambda: float(memoryview(b'1.5')), lambda: b'abc'.startswith(memoryview(b'a')), lambda: b'abc'.endswith((memoryview(b'c'),)),
          lambda: bytearray(b'a') < memoryview(b'b'), lambda: bytearray(b'a') == memoryview(b'a'), lambda: b'a' < memoryview(b'b'),
          lambda: memoryview(b'b') in b'abc', lambda: b'abc'.index(memoryview(b'c')), lambda: b'a,b'.split(memoryview(b',')), lambda: b'abc'.translate(memoryview(bytes(range(256)))),
          lambda: b'abc'.strip(memoryview(b'a')), lambda: bytes.maketrans(memoryview(b'a'), b'b')[97], lambda: b'%s' % memoryview(b'x'), lambda: b'abc'.hex(memoryview(b':')),
          lambda: str(memoryview(b'abc'), 'ascii'), lambda: memoryview(b'abc').tobytes().decode(), lambda: ord(memoryview(b'a')), lambda: bytearray(b'abc').find(memoryview(b'c')), lambda: bytearray(b'xyz').replace(memoryview(b'y'), b'Y'),
          lambda: b'abc'.removeprefix(memoryview(b'a')), lambda: b'a-b'.join([b'1', memoryview(b'2')]), lambda: bytearray(b'..').join([memoryview(b'1'), b'2'])]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
