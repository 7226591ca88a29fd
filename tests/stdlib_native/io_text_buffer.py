# A text file's .buffer: the binary layer under it, sharing its position,
# with pending text reaching the file when the text layer is flushed, and
# reconfigure() on the standard streams.
import sys

sys.stdout.flush()
sys.stdout.buffer.write(b'bytes through stdout.buffer\n')
sys.stdout.buffer.flush()
print(sys.stdout.buffer is sys.stdout.buffer, sys.stdout.buffer.mode, sys.stdin.buffer.mode)
print(sys.stdout.buffer.name == sys.stdout.name, sys.stdout.buffer.writable(), sys.stdin.buffer.readable())

path = '/tmp/_gilpy_io_text_buffer.txt'
with open(path, 'w', encoding='utf-8') as f:
    f.write('text ')
    f.buffer.write(b'[raw]')
    f.write('more\n')
    print(f.buffer.mode, f.buffer.closed, type(f.buffer).__name__)
print(f.closed, f.buffer.closed, repr(open(path, encoding='utf-8').read()))

with open(path, 'w') as f:
    f.write('one\n')
    f.flush()
    f.buffer.write(b'two\n')
    f.buffer.flush()
    f.write('three\n')
print(repr(open(path).read()))

with open(path, 'r+') as f:
    print(f.buffer.mode, f.buffer.read(4), f.tell())
    f.buffer.write(b'TWO\n')
    f.seek(0)
    print(repr(f.read()))

g = open(path, 'a')
b = g.buffer
b.write(b'four\n')
b.close()
print(g.closed, b.closed, repr(open(path).read()))
for mode in ('w', 'a', 'x', 'w+', 'a+'):
    import os
    if mode == 'x' and os.path.exists(path):
        os.remove(path)
    with open(path, mode) as f:
        print(mode, f.buffer.mode)
os.remove(path)

try:
    open('/dev/null', 'rb').buffer
except AttributeError as e:
    print('AttributeError', e)
sys.stderr.reconfigure(errors='replace')
print(sys.stderr.errors)
sys.stdout.reconfigure(line_buffering=True)
print(sys.stdout.line_buffering)
for bad in ({'newline': 'x'}, {'encoding': 1}):
    try:
        sys.stdout.reconfigure(**bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
