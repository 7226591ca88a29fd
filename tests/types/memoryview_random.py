# Random slices, casts, shapes, assignments, comparisons and conversions of
# memoryviews, summarised by a checksum of everything they printed.
import sys
seed = 777
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
fmts = ['B', 'b', 'c', 'h', 'H', 'i', 'I', 'q', 'Q', 'd', 'f', '?', '@B', '@i']
out = []
for trial in range(1500):
    n = rnd(48)
    base = bytearray(rnd(256) for _ in range(n))
    m = memoryview(base) if rnd(3) else memoryview(bytes(base))
    try:
        for step in range(5):
            op = rnd(11)
            if op == 0:
                a, b, c = rnd(50) - 25, rnd(50) - 25, rnd(7) - 3
                m = m[a:b:(c or 1)]
            elif op == 1:
                f = fmts[rnd(len(fmts))]
                if rnd(2) and len(m.tobytes()):
                    sz = memoryview(b'\0' * 8).cast(f).itemsize
                    cnt = m.nbytes // sz
                    shape = [cnt] if cnt else []
                    for d in (2, 3):
                        if cnt % d == 0 and cnt // d > 0 and rnd(2):
                            shape = [d, cnt // d]
                    m = m.cast(f, shape)
                else:
                    m = m.cast(f)
            elif op == 2:
                m = m.cast('B')
            elif op == 3:
                out.append(repr(m.tobytes(['C', 'F', 'A'][rnd(3)])))
            elif op == 4 and not m.readonly and m.ndim == 1 and len(m) > 2:
                src = m[::-1]
                m[:] = src.tobytes() if m.format in ('B', 'b', 'c') else memoryview(src.tobytes()).cast(m.format)
                out.append(repr(m.tolist()))
            elif op == 5:
                out.append(m.hex(':', rnd(5) - 2 or 1))
            elif op == 6:
                try:
                    out.append(str(hash(m.toreadonly()) == hash(m.tobytes())))
                except (ValueError, TypeError) as e:
                    out.append('%s %s' % (type(e).__name__, e))
            elif op == 7 and m.ndim == 1:
                out.append(repr(list(m)))
            elif op == 8:
                other = memoryview(m.tobytes())
                out.append(str(m == other) + str(m == other.cast('B')) + str(m != b'x'))
            elif op == 9:
                out.append('%s %s %s %d' % (m.c_contiguous, m.f_contiguous, m.contiguous, len(m)))
            elif op == 10 and m.ndim >= 1 and len(m):
                idx = tuple(rnd(s) for s in m.shape)
                out.append(repr(m[idx]))
                if not m.readonly:
                    m[idx] = m[idx]
        out.append('%s %s %s %s %s %d' % (m.format, m.shape, m.strides, m.tobytes().hex(), m.tolist(), m.nbytes))
    except Exception as e:
        out.append('%s %s' % (type(e).__name__, e))

h = 0
for line in out:
    for ch in line:
        h = (h * 131 + ord(ch)) % 2305843009213693951
print(len(out), h)
print(sum(1 for line in out if 'Error' in line), 'errors')
