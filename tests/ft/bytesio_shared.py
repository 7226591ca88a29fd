# Threads write to, read from and truncate one io.BytesIO without a lock.
# Each call is one step: writes never interleave inside a chunk, every
# line written is read exactly once, and the file never breaks.
import io
import threading

N_THREADS = 4
CHUNKS = 300
errors = []

# Writers: each chunk is 16 copies of one byte, different per thread.
shared = io.BytesIO()


def writer(k):
    chunk = bytes([65 + k]) * 16
    for _ in range(CHUNKS):
        shared.write(chunk)


threads = [threading.Thread(target=writer, args=(k,)) for k in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
data = shared.getvalue()
print("length:", len(data) == N_THREADS * CHUNKS * 16)
pieces = [data[i:i + 16] for i in range(0, len(data), 16)]
print("chunks whole:", all(p == p[:1] * 16 for p in pieces))
print("per thread:", sorted(p[:1].decode() for p in set(pieces)),
      all(pieces.count(bytes([65 + k]) * 16) == CHUNKS for k in range(N_THREADS)))

# Readers: lines are taken one at a time by several threads.
lines = b"".join(b"line %d\n" % i for i in range(4000))
source = io.BytesIO(lines)
got = [[] for _ in range(N_THREADS)]


def reader(k):
    mine = got[k]
    while True:
        line = source.readline()
        if not line:
            break
        mine.append(line)


threads = [threading.Thread(target=reader, args=(k,)) for k in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
everything = sorted(l for g in got for l in g)
print("lines read once:", everything == sorted(lines.splitlines(keepends=True)))

# Mixed: truncate, write, getvalue, getstate/setstate and iteration race;
# only errors a single thread could also see are allowed.
mixed = io.BytesIO(b"0\n" * 1000)


def mixer(k):
    try:
        for i in range(300):
            op = (i + k) % 6
            if op == 0:
                mixed.truncate(0)
            elif op == 1:
                mixed.write(b"x\n" * 10)
            elif op == 2:
                mixed.getvalue()
            elif op == 3:
                value, pos, d = mixed.__getstate__()
                mixed.__setstate__((value, pos, d))
            elif op == 4:
                list(mixed)
            else:
                mixed.seek(0)
                mixed.read(7)
    except Exception as e:
        errors.append(repr(e))


threads = [threading.Thread(target=mixer, args=(k,)) for k in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("errors:", errors)
value = mixed.getvalue()
print("mixed contents:", set(value) <= set(b"0x\n\x00"))
