# hmac over hashlib (RFC 4231 test vectors among them), compare_digest and
# hashlib.pbkdf2_hmac.
import hmac, hashlib

key = b'\x0b' * 20
print(hmac.new(key, b'Hi There', 'sha256').hexdigest())
print(hmac.new(b'Jefe', b'what do ya want for nothing?', hashlib.sha512).hexdigest())
print(hmac.new(b'\xaa' * 131, b'Test Using Larger Than Block-Size Key - Hash Key First', hashlib.sha384).hexdigest())
h = hmac.new(b'k', digestmod='md5')
h.update(b'part1')
c = h.copy()
h.update(b'part2')
print(h.hexdigest(), c.hexdigest(), h.name, h.digest_size, h.block_size, hmac.digest(b'k', b'm', 'sha1').hex())
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'), hmac.compare_digest('ab', 'ab'),
      hmac.compare_digest(b'a', b'ab'), hmac.compare_digest(bytearray(b'x'), b'x'))
for f in [lambda: hmac.new(b'k', b'm'), lambda: hmac.new('k', b'm', 'sha1'), lambda: hmac.compare_digest('a', b'a'), lambda: hmac.compare_digest(b'a', 1), lambda: hmac.compare_digest(1, 2)]:
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex())
print(hashlib.pbkdf2_hmac('sha1', b'pw', b'salt', 2, dklen=30).hex())
print(hashlib.pbkdf2_hmac('sha512', b'p' * 200, b'', 3, 100).hex())
print(hashlib.pbkdf2_hmac('md5', b'', b's' * 70, 5, 1).hex(), hashlib.pbkdf2_hmac('SHA256', bytearray(b'p'), b's', 1).hex()[:16])
for a in [('sha256', 'p', b's', 1), ('sha256', b'p', b's', 0), ('sha256', b'p', b's', 1, 0)]:
    try:
        hashlib.pbkdf2_hmac(*a)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
