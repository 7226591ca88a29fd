ALPHA = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
def b64(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b'\0' * (3 - len(chunk)), 'big')
        enc = ''.join(ALPHA[(n >> s) & 63] for s in (18, 12, 6, 0))
        out.append(enc[:len(chunk) + 1] + '=' * (3 - len(chunk)))
    return ''.join(out)
def unb64(s):
    s = s.rstrip('=')
    bits = ''.join(format(ALPHA.index(c), '06b') for c in s)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))
for d in [b'', b'f', b'fo', b'foo', b'foobar', 'héllo wörld'.encode(), bytes(range(10))]:
    e = b64(d)
    print(d, e, unb64(e) == d)
def crc32(data):
    crc = 0xFFFFFFFF
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ (0xEDB88320 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF
print(hex(crc32(b'')), hex(crc32(b'The quick brown fox jumps over the lazy dog')), crc32(b'123456789'))
