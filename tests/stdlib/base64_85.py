# base64.a85encode/a85decode and b85encode/b85decode: padding, the z and y
# folds, Adobe framing and line wrapping, and the errors of bad input.
import base64, random
random.seed(5)
cases = [b'', b'\0', b'\0\0\0\0', b'    ', b'abc', b'hello world', bytes(range(256)), b'\xff' * 7, bytearray(b'xyz'), memoryview(b'spam!')]
cases += [bytes(random.randrange(256) for _ in range(n)) for n in (1, 2, 3, 5, 17, 64)]
for c in cases:
    a = base64.a85encode(c); b = base64.b85encode(c)
    print(a, b, base64.a85encode(c, pad=True), base64.b85encode(c, pad=True), base64.a85encode(c, foldspaces=True))
    print(base64.a85decode(a) == bytes(c), base64.b85decode(b) == bytes(c), base64.a85encode(c, wrapcol=7, adobe=True))
    print(base64.a85decode(base64.a85encode(c, wrapcol=3, adobe=True), adobe=True) == bytes(c), base64.a85decode(base64.a85encode(c, foldspaces=True), foldspaces=True) == bytes(c))
for bad, kw in [(b'ab~', {}), (b'zab', {}), (b'abz', {}), (b'ab y', {'foldspaces': True}), (b's8W-"', {}), (b'xyz', {'adobe': True}), ('é', {})]:
    try: print(base64.a85decode(bad, **kw))
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
for bad in [b'|NsC0~', b' abc', b'{{{{{', 'abc\x80']:
    try: print(base64.b85decode(bad))
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
print(base64.a85decode('9jqo^BlbD-BleB1DJ+*+F(f,q'), base64.b85decode('cXxL#aCvlSZ*DGca%T'), base64.a85encode(b'x' * 40, wrapcol=10))
print(base64.a85decode(b'<~9jqo^\nBlbD-~>', adobe=True), base64.a85decode(b'9jqo^ BlbD-', ignorechars=b' '))
