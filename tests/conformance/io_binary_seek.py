import sys
path = '/tmp/_conf_io_bin_%s.bin' % sys.implementation.name
with open(path, 'wb') as f:
    print(f.write(bytes(range(256))), f.tell())
    f.write(b'tail')
with open(path, 'rb') as f:
    print(f.read(4), f.tell(), f.seek(250), f.read(3), f.seek(-4, 2), f.read(), f.read(), f.tell())
    f.seek(0)
    print(f.read(2), f.seek(10, 1), f.read(1))
with open(path, 'r+b') as f:
    f.seek(2)
    f.write(b'XY')
    f.seek(0)
    print(f.read(5))
with open(path, 'rb') as f:
    chunks = []
    while True:
        c = f.read(100)
        if not c:
            break
        chunks.append(len(c))
    print(chunks)
try:
    open(path, 'xb')
except FileExistsError as e:
    print(type(e).__name__, e.errno)
with open(path, 'w', encoding='latin-1') as f:
    f.write('café')
with open(path, 'rb') as f:
    print(f.read())
try:
    with open(path, encoding='utf-8') as f:
        f.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e.reason)
with open(path, encoding='utf-8', errors='replace') as f:
    print(repr(f.read()))
