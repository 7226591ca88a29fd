# base64 and binascii: the encodings of RFC 4648, lenient and strict
# decoding, checksums and their errors.
import base64, binascii

data = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)), b'\xff\xfe' * 40]
for d in data[:7]:
    print(base64.b64encode(d), base64.b32encode(d), base64.b16encode(d), base64.b32hexencode(d))
for d in data:
    assert base64.b64decode(base64.b64encode(d)) == d
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(d)) == d
    assert base64.b32decode(base64.b32encode(d)) == d
    assert base64.b32hexdecode(base64.b32hexencode(d)) == d
    assert base64.b16decode(base64.b16encode(d)) == d
    assert base64.decodebytes(base64.encodebytes(d)) == d
print(base64.urlsafe_b64encode(b'\xfb\xff\xbf'), base64.b64encode(b'\xfb\xff', altchars=b'*!'), base64.encodebytes(bytes(100)))
print(base64.b64decode('YW Jj\nZA==junk'), base64.b64decode(b'*!8=', altchars=b'*!'), base64.b32decode('mzxw6===', casefold=True),
      base64.b32decode('M1XW6===', map01=b'L') if False else '', base64.b16decode('666f6f', casefold=True), base64.standard_b64decode('Zm9v'))
for f in [lambda: base64.b64decode('abcde'), lambda: base64.b64decode('ab'), lambda: base64.b64decode('ab!c', validate=True),
          lambda: base64.b64decode('=ab', validate=True), lambda: base64.b64decode('ab==cd', validate=True),
          lambda: base64.b64decode('ab=c=', validate=True), lambda: base64.b64decode('é'), lambda: base64.b64decode(5),
          lambda: base64.b32decode('MZXW6==='[:7]), lambda: base64.b32decode('M1XW6==='), lambda: base64.b16decode('6g'),
          lambda: base64.b16decode('666'), lambda: base64.encodebytes('x'), lambda: base64.b64encode('x')]:
    try:
        print(repr(f()))
    except (ValueError, TypeError) as e:
        print(type(e).__module__, type(e).__name__, e)
print(binascii.hexlify(b'\x01\xab'), binascii.hexlify(b'\x01\xab\xcd', '-'), binascii.hexlify(b'abcd', b':', 2), binascii.b2a_hex(b'z'),
      binascii.unhexlify('01AB'), binascii.a2b_hex(b'ff'))
print(binascii.crc32(b'hello'), binascii.crc32(b'world', binascii.crc32(b'hello ')), binascii.crc32(b'hello world'),
      binascii.crc32(b'x', -1), binascii.crc32(b''), binascii.crc_hqx(b'hello', 0), binascii.crc_hqx(b'123456789', 0xFFFF))
print(binascii.b2a_base64(b'\x00\xff' * 5), binascii.b2a_base64(b'ab', newline=False), binascii.a2b_base64('YWI='),
      binascii.Error.__mro__[1], binascii.Incomplete.__mro__[1], issubclass(binascii.Error, ValueError))
for f in [lambda: binascii.unhexlify(b'abc'), lambda: binascii.unhexlify('zz'), lambda: binascii.a2b_base64('é'),
          lambda: binascii.b2a_base64('x'), lambda: binascii.crc32('x')]:
    try:
        print(repr(f()))
    except (ValueError, TypeError) as e:
        print(type(e).__module__, type(e).__name__, e)
