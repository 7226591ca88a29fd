# Pure string operations of os.path.
import os.path as p
for a in ['/a/b/c.txt', 'a/b/', 'c', '', '/', '//x', '.bashrc', 'a.b.c', '/x/.y.z', 'a/..b']:
    print(repr(a), p.split(a), p.splitext(a), p.basename(a), p.dirname(a), p.isabs(a))
for a in ['a/./b/../c', '/../x', '//a//b/', '///a', '', '.', 'a/../..', '../a/b/../../..', b'/x/./y/../z']:
    print(repr(a), repr(p.normpath(a)))
print(p.join('a', 'b', 'c'), p.join('/a', '/b', 'c'), p.join('a/', 'b'), p.join('', 'x'), p.join('a', ''))
print(p.join(b'a', b'b'))
try:
    p.join('a', b'b')
except TypeError as e:
    print(e)
try:
    p.join('a', 3)
except TypeError as e:
    print(e)
print(p.commonprefix(['/usr/lib', '/usr/local', '/usr/li']), repr(p.commonprefix([])))
print(p.commonpath(['/usr/lib', '/usr/local/x', '/usr/lib2']), p.commonpath(['a/b', 'a/c']))
try:
    p.commonpath(['/a', 'b'])
except ValueError as e:
    print(e)
print(p.relpath('/a/b/c', '/a/x'), p.relpath('/a', '/a'), p.relpath('/a/b', '/'))
print(p.expanduser('~/x') == p.join(__import__('os').environ['HOME'], 'x'), p.expanduser('x~'))
import os
os.environ['GPSNV'] = 'val'
print(p.expandvars('$GPSNV/${GPSNV}/$NOPE_GPSN/${NOPE}/$'), p.splitdrive('/a/b'), p.normcase('/A'))
