import sys
path = '/tmp/_conf_io_text_%s.txt' % sys.implementation.name
with open(path, 'w') as f:
    print(f.write('line one\n'), f.write('línea dos\r\nthree'), f.closed, f.mode, f.name == path)
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, newline='') as f:
    print(f.readlines())
with open(path) as f:
    print(f.readline(), end='|')
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(path) as f:
    print([l.rstrip('\n') for l in f])
with open(path, 'a') as f:
    f.write('\nappended')
with open(path, encoding='utf-8') as f:
    lines = f.read().splitlines()
print(lines, len(lines))
with open(path, 'rb') as f:
    data = f.read()
print(data, len(data), type(data).__name__)
try:
    open('/nonexistent_dir_xyz/file.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    with open(path) as f:
        f.write('x')
except Exception as e:
    print(type(e).__name__, e)
try:
    open(path, 'rz')
except ValueError as e:
    print(e)
f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
