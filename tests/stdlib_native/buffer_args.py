# bytes-like arguments (memoryview, bytearray) to struct, hashlib, os, io,
# str/bytes/bytearray constructors, bytes methods and int.from_bytes.
import struct, hashlib, os, io
m = memoryview(b'hello world')
print(str(m, 'ascii'), str(m[6:], encoding='utf-8'))
print(hashlib.sha256(m).hexdigest()[:16], hashlib.md5(memoryview(bytearray(b'x'))).hexdigest())
h = hashlib.sha1(); h.update(m[:5]); print(h.hexdigest()[:10])
print(struct.unpack('<I', memoryview(b'\x01\x00\x00\x00')), struct.unpack_from('<H', m, 1))
ba = bytearray(8); mv = memoryview(ba)
struct.pack_into('<HH', mv, 2, 7, 9); print(ba)
struct.pack_into('<H', ba, 0, 258); print(ba)
print(list(struct.iter_unpack('<H', memoryview(b'\x01\x00\x02\x00'))))
print(int.from_bytes(memoryview(b'\x01\x02'), 'big'), int.from_bytes(memoryview(b'\x01\x02')[::-1], 'big'))
r, w = os.pipe(); print(os.write(w, memoryview(b'pipe!')[1:])); print(os.read(r, 10)); os.close(r); os.close(w)
b = io.BytesIO(); print(b.write(memoryview(b'abc')), b.getvalue())
b = io.BytesIO(b'xyz'); buf = bytearray(5); print(b.readinto(memoryview(buf)[1:]), buf)
print(b'ab' + memoryview(b'cd'), bytearray(b'ab') + memoryview(b'cd'))
x = bytearray(b'12'); x += memoryview(b'34'); x.extend(memoryview(b'56')); print(x)
print(b'-'.join([memoryview(b'a'), bytearray(b'b')]), memoryview(b'abc') in [b'abc'], b'b' in b'abc', memoryview(b'b') in [1])
print(b'abcabc'.count(memoryview(b'b')), b'abc'.find(memoryview(b'c')), b'abc'.replace(memoryview(b'b'), b'X'))
print(bytes(memoryview(b'\x00\x01').cast('c')), bytes(memoryview(bytearray(b'qq'))))
print(m.tobytes().decode(), codecs_ok := True)
try:
    b'x'.join([memoryview(b'abcd')[::2]])
except TypeError as e:
    print('TypeError', e)
try:
    os.write(1, 'str')
except TypeError as e:
    print('TypeError', e)
f_name = '/tmp/gilpy-test-bufargs-%d' % os.getpid()
with open(f_name, 'wb') as f:
    print(f.write(memoryview(b'0123456789')[2:8]), f.write(bytearray(b'ab')), f.write(memoryview(b'Z').cast('c')))
with open(f_name, 'rb') as f:
    into = bytearray(4)
    print(f.readinto(into), into, f.readinto(memoryview(into)[1:3]), into)
    rest = bytearray(10)
    print(f.readinto(rest), rest, f.readinto(rest))
    try:
        f.readinto(b'ro')
    except TypeError as e:
        print('TypeError', e)
os.remove(f_name)
print(struct.unpack_from('<B', memoryview(b'\x00\x05')[1:]), struct.calcsize('<I'))
try:
    struct.pack_into('<H', b'ro', 0, 1)
except TypeError as e:
    print('TypeError', e)
try:
    struct.pack_into('<I', memoryview(bytearray(2)), 0, 1)
except struct.error as e:
    print('struct.error', e)
print(bytes(memoryview(b'abcdef')[::2]), bytearray(memoryview(b'abcdef')[::-3]), int.from_bytes(memoryview(b'\x01\x00\x02')[::2], 'little'))
print(b'ab'.startswith(b'a'), bytearray(b'x') * 2, b'a b'.split(memoryview(b' ')))
