# A file opened for reading and writing writes where the reader is, not
# where the read-ahead left the descriptor; text files too.
import os

path = '/tmp/_gilpy_read_then_write.bin'
with open(path, 'wb') as f:
    f.write(b'abcdefghij' * 3)
with open(path, 'r+b') as f:
    print(f.read(2), f.tell())
    f.write(b'XY')
    print(f.tell(), f.read(4))
    f.write(b'--')
    print(f.tell())
    f.seek(0)
    print(f.read())
with open(path, 'w') as f:
    f.write('line one\nline two\nline three\n')
with open(path, 'r+') as f:
    print(repr(f.readline()), f.tell())
    f.write('LINE')
    print(f.tell())
with open(path) as f:
    print(repr(f.read()))
with open(path, 'a+') as f:
    f.seek(0)
    print(repr(f.read(4)))
    f.write('end\n')
with open(path) as f:
    print(f.read().splitlines()[-1])
os.remove(path)
