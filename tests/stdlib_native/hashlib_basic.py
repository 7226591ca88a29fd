import hashlib
names = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']
for n in [0, 1, 3, 55, 56, 63, 64, 65, 111, 112, 119, 120, 127, 128, 129, 1000, 10000]:
    data = bytes((i * 7 + n) % 256 for i in range(n))
    print(n, [hashlib.new(name, data).hexdigest()[:16] for name in names])
for name in names:
    h = getattr(hashlib, name)(b'abc')
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
h = hashlib.sha256()
h.update(b'hello ')
c = h.copy()
h.update(b'world')
print(h.hexdigest(), c.hexdigest(), hashlib.sha256(b'hello world').digest() == h.digest())
print(hashlib.md5('é'.encode()).hexdigest(), hashlib.new('SHA256', b'x').hexdigest()[:8], 'sha256' in hashlib.algorithms_guaranteed)
try:
    hashlib.sha1('text')
except TypeError as e:
    print(e)
try:
    hashlib.new('nope')
except ValueError as e:
    print(e)
import io
print(hashlib.file_digest(io.BytesIO(b'abc' * 100000), 'sha1').hexdigest())
