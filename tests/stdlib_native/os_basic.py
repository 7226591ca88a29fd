# os and os.path on a private temporary directory.
import os
import os.path
import sys

base = '/tmp/gilpy_sn_os_%d' % os.getpid()
os.makedirs(os.path.join(base, 'a', 'b'))
os.makedirs(os.path.join(base, 'a', 'b'), exist_ok=True)
try:
    os.makedirs(os.path.join(base, 'a'))
except FileExistsError as e:
    print('FileExistsError', e.errno, e.strerror, os.path.basename(e.filename))
with open(os.path.join(base, 'a', 'f.txt'), 'w') as f:
    f.write('hello\n')
with open(os.path.join(base, 'a', 'b', 'g.py'), 'w') as f:
    f.write('x' * 100)
print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, 'a'))))
print(sorted(os.listdir(os.fsencode(os.path.join(base, 'a')))))
st = os.stat(os.path.join(base, 'a', 'b', 'g.py'))
print(st.st_size, st[6], len(st), os.path.getsize(os.path.join(base, 'a', 'f.txt')))
print(type(st.st_mtime).__name__, type(st[8]).__name__, st.st_mtime >= st[8])
import stat
print(stat.S_ISDIR(os.stat(base).st_mode), stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode))
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base), os.path.isfile(os.path.join(base, 'a', 'f.txt')))
print(os.path.exists(base + '/nope'), os.path.islink(base))
for root, dirs, files in os.walk(base):
    dirs.sort()
    print(os.path.relpath(root, base), dirs, sorted(files))
for root, dirs, files in os.walk(base, topdown=False):
    print('up', os.path.relpath(root, base), sorted(dirs), sorted(files))
with os.scandir(os.path.join(base, 'a')) as it:
    for e in sorted(it, key=lambda e: e.name):
        print(e.name, e.is_dir(), e.is_file(), e.path == os.path.join(base, 'a', e.name), e.stat().st_size > 0)
os.rename(os.path.join(base, 'a', 'f.txt'), os.path.join(base, 'a', 'h.txt'))
os.replace(os.path.join(base, 'a', 'h.txt'), os.path.join(base, 'a', 'i.txt'))
print(sorted(os.listdir(os.path.join(base, 'a'))))
try:
    os.rename(os.path.join(base, 'zz'), os.path.join(base, 'yy'))
except FileNotFoundError as e:
    print('rename', e.errno, e.strerror, os.path.basename(e.filename), os.path.basename(e.filename2))
try:
    os.stat(base + '/missing')
except OSError as e:
    print(type(e).__name__, e.errno, os.path.basename(e.filename))
try:
    os.rmdir(os.path.join(base, 'a'))
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.listdir(base + '/a/i.txt')
except NotADirectoryError as e:
    print('NotADirectoryError', e.strerror)
fd = os.open(os.path.join(base, 'raw.bin'), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b'abcdef'))
os.close(fd)
fd = os.open(os.path.join(base, 'raw.bin'), os.O_RDONLY)
print(os.read(fd, 3), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, 1, os.SEEK_SET), os.read(fd, 2), os.fstat(fd).st_size)
os.close(fd)
r, w = os.pipe()
os.write(w, b'piped')
os.close(w)
print(os.read(r, 100), os.read(r, 100))
os.close(r)
print(os.access(base, os.F_OK), os.access(base + '/no', os.F_OK), os.access(base, os.W_OK))
os.utime(os.path.join(base, 'raw.bin'), (1000000000, 1500000000))
print(os.stat(os.path.join(base, 'raw.bin')).st_mtime, os.path.getmtime(os.path.join(base, 'raw.bin')))
old = os.getcwd()
os.chdir(base)
print(os.getcwd() == os.path.realpath(base), os.path.abspath('x/../y') == os.path.join(os.path.realpath(base), 'y'))
os.chdir(old)
os.remove(os.path.join(base, 'raw.bin'))
os.unlink(os.path.join(base, 'a', 'i.txt'))
os.remove(os.path.join(base, 'a', 'b', 'g.py'))
os.removedirs(os.path.join(base, 'a', 'b'))
print(os.path.exists(base))
# environment
os.environ['GILPY_SN_TEST'] = 'v1'
print(os.environ['GILPY_SN_TEST'], os.getenv('GILPY_SN_TEST'), os.getenv('GILPY_SN_NOPE', 'dflt'))
print('GILPY_SN_TEST' in os.environ)
del os.environ['GILPY_SN_TEST']
print('GILPY_SN_TEST' in os.environ, os.environ.get('GILPY_SN_TEST'))
try:
    os.environ['GILPY_SN_NOPE']
except KeyError as e:
    print('KeyError', e)
print(os.system('exit 3') >> 8, os.system('true'))
print(os.name, os.sep, os.pathsep, os.linesep == '\n', os.curdir, os.pardir, os.devnull, os.error is OSError)
print(type(os.getpid()).__name__, os.getppid() > 0, os.cpu_count() >= 1, len(os.urandom(16)))
print(os.strerror(2), os.fspath('abc'), os.fspath(b'x'))
class P:
    def __fspath__(self):
        return '/tmp'
print(os.fspath(P()), isinstance(P(), os.PathLike), isinstance('x', os.PathLike), os.path.join(P(), 'q'))
try:
    os.fspath(3)
except TypeError as e:
    print(e)
print(os.isatty(os.open(os.devnull, os.O_RDONLY)))
