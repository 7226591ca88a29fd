# Base64 encoding and decoding implemented by hand, checked by round trips.
ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\0" * (3 - len(chunk)), "big")
        chars = [ALPHA[(n >> s) & 63] for s in (18, 12, 6, 0)]
        if len(chunk) < 3:
            chars[len(chunk) + 1:] = "=" * (3 - len(chunk))
        out.append("".join(chars))
    return "".join(out)
def b64decode(text):
    rev = {c: i for i, c in enumerate(ALPHA)}
    out = bytearray()
    for i in range(0, len(text), 4):
        quad = text[i:i + 4]
        pad = quad.count("=")
        n = 0
        for c in quad:
            n = n << 6 | rev.get(c, 0)
        out += n.to_bytes(3, "big")[:3 - pad]
    return bytes(out)
for s in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", "héllo wörld".encode(), bytes(range(256))[:20]]:
    e = b64encode(s)
    print(repr(s)[:30], e, b64decode(e) == s)
blob = bytes((i * 131 + 7) % 256 for i in range(1000))
enc = b64encode(blob)
print(len(enc), enc[:32], b64decode(enc) == blob)
