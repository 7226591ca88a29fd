"""Miscellaneous operating system interfaces, over the posix module."""

import abc as _abc
import sys

import posix as _posix
from posix import *  # noqa: F401,F403
from posix import _exit
import posixpath as path

sys.modules['os.path'] = path
from posixpath import curdir, pardir, sep, pathsep, defpath, extsep, altsep, devnull

name = 'posix'
linesep = '\n'
error = OSError
supports_bytes_environ = True
_names = ['posix']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2



class PathLike(_abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @_abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for klass in subclass.__mro__:
                if '__fspath__' in klass.__dict__:
                    return klass.__dict__['__fspath__'] is not None or NotImplemented
        return NotImplemented


def fsencode(filename):
    """Encode filename (an os.PathLike, bytes, or str) to the filesystem encoding."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """Decode filename (an os.PathLike, bytes, or str) from the filesystem encoding."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


# ---------------------------------------------------------------- stat

_STAT_FIELDS = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size')


class stat_result(tuple):
    """Result of stat(): a 10-tuple with named fields and float times."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    __match_args__ = _STAT_FIELDS

    def __new__(cls, raw):
        raw = tuple(raw)
        if len(raw) == 16:
            seq = raw[:7] + (int(raw[7]), int(raw[8]), int(raw[9]))
        else:
            seq = raw[:10]
        self = tuple.__new__(cls, seq)
        self._raw = raw
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._raw[7] if len(self._raw) > 10 else self[7])
    st_mtime = property(lambda self: self._raw[8] if len(self._raw) > 10 else self[8])
    st_ctime = property(lambda self: self._raw[9] if len(self._raw) > 10 else self[9])
    st_atime_ns = property(lambda self: self._raw[10])
    st_mtime_ns = property(lambda self: self._raw[11])
    st_ctime_ns = property(lambda self: self._raw[12])
    st_blksize = property(lambda self: self._raw[13])
    st_blocks = property(lambda self: self._raw[14])
    st_rdev = property(lambda self: self._raw[15])

    def __repr__(self):
        names = _STAT_FIELDS + ('st_atime', 'st_mtime', 'st_ctime')
        return 'os.stat_result(%s)' % ', '.join(
            '%s=%r' % (n, v) for n, v in zip(names, self))

    def __reduce__(self):
        return (stat_result, (self._raw,))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Perform a stat system call on the given path."""
    return stat_result(_posix.stat(path, follow_symlinks=follow_symlinks))


def lstat(path, *, dir_fd=None):
    """Like stat(), but do not follow symbolic links."""
    return stat_result(_posix.lstat(path))


def fstat(fd):
    """Perform a stat system call on the given file descriptor."""
    return stat_result(_posix.fstat(fd))


class terminal_size(tuple):
    """A tuple of (columns, lines) for holding terminal window size"""

    n_sequence_fields = 2
    n_fields = 2
    n_unnamed_fields = 0
    __match_args__ = ('columns', 'lines')

    def __new__(cls, seq):
        return tuple.__new__(cls, seq)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return 'os.terminal_size(columns=%r, lines=%r)' % (self[0], self[1])


def get_terminal_size(fd=1):
    """Return the size of the terminal window as (columns, lines)."""
    return terminal_size(_posix.get_terminal_size(fd))


class uname_result(tuple):
    """The result of os.uname()."""

    n_sequence_fields = 5
    n_fields = 5
    n_unnamed_fields = 0
    __match_args__ = ('sysname', 'nodename', 'release', 'version', 'machine')

    def __new__(cls, seq):
        return tuple.__new__(cls, seq)

    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    def __repr__(self):
        return ('posix.uname_result(sysname=%r, nodename=%r, release=%r, '
                'version=%r, machine=%r)' % tuple(self))


def uname():
    """Return an object identifying the current operating system."""
    return uname_result(_posix.uname())


class statvfs_result(tuple):
    """The result of statvfs(): file system statistics."""

    n_sequence_fields = 10
    n_fields = 11
    n_unnamed_fields = 0
    __match_args__ = ('f_bsize', 'f_frsize', 'f_blocks', 'f_bfree', 'f_bavail', 'f_files',
                      'f_ffree', 'f_favail', 'f_flag', 'f_namemax')

    def __new__(cls, seq):
        seq = tuple(seq)
        self = tuple.__new__(cls, seq[:10])
        self._fsid = seq[10] if len(seq) > 10 else None
        return self

    f_bsize = property(lambda self: self[0])
    f_frsize = property(lambda self: self[1])
    f_blocks = property(lambda self: self[2])
    f_bfree = property(lambda self: self[3])
    f_bavail = property(lambda self: self[4])
    f_files = property(lambda self: self[5])
    f_ffree = property(lambda self: self[6])
    f_favail = property(lambda self: self[7])
    f_flag = property(lambda self: self[8])
    f_namemax = property(lambda self: self[9])
    f_fsid = property(lambda self: self._fsid)

    def __repr__(self):
        names = ('f_bsize', 'f_frsize', 'f_blocks', 'f_bfree', 'f_bavail',
                 'f_files', 'f_ffree', 'f_favail', 'f_flag', 'f_namemax')
        return 'os.statvfs_result(%s)' % ', '.join(
            '%s=%r' % (n, v) for n, v in zip(names, self))


def statvfs(path):
    """Perform a statvfs system call on the given path (or descriptor)."""
    return statvfs_result(_posix.statvfs(path))


def fstatvfs(fd):
    """Perform an fstatvfs system call on the given descriptor."""
    return statvfs_result(_posix.statvfs(fd))


class times_result(tuple):
    """The result of times(): accumulated process times in seconds."""

    n_sequence_fields = 5
    n_fields = 5
    n_unnamed_fields = 0
    __match_args__ = ('user', 'system', 'children_user', 'children_system', 'elapsed')

    def __new__(cls, seq):
        return tuple.__new__(cls, seq)

    user = property(lambda self: self[0])
    system = property(lambda self: self[1])
    children_user = property(lambda self: self[2])
    children_system = property(lambda self: self[3])
    elapsed = property(lambda self: self[4])

    def __repr__(self):
        return ('posix.times_result(user=%r, system=%r, children_user=%r, '
                'children_system=%r, elapsed=%r)' % tuple(self))


def times():
    """Return a collection containing process timing information."""
    return times_result(_posix._times())


sysconf_names = _posix._sysconf_names()


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """Open a file object over an open descriptor (io.open on fd)."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


# Which functions accept a descriptor, a dir_fd or follow_symlinks=False
# here (shutil and tempfile consult these sets).
supports_dir_fd = set()
supports_fd = {statvfs, truncate, chown}
supports_follow_symlinks = {chown}
supports_effective_ids = set()


# ---------------------------------------------------------- environment

class _Environ:
    """The process environment as a mutable mapping of str to str; changes
    are passed on to the C library with putenv/unsetenv."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __repr__(self):
        return 'environ({%s})' % ', '.join('%r: %r' % kv for kv in self._data.items())

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        return self._data == other

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def pop(self, key, *default):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        for key in self._data:
            value = self._data[key]
            del self[key]
            return key, value
        raise KeyError('popitem(): dictionary is empty')

    def clear(self):
        for key in list(self._data):
            del self[key]

    def update(self, other=(), **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def copy(self):
        return dict(self._data)

    def __or__(self, other):
        new = dict(self._data)
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(_posix.environ)


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def get_exec_path(env=None):
    """Return the sequence of directories searched for an executable."""
    if env is None:
        env = environ
    path_list = env.get('PATH', defpath)
    return path_list.split(pathsep)


# ------------------------------------------------------------ directories

def makedirs(name, mode=0o777, exist_ok=False):
    """Super-mkdir; create a leaf directory and all intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Super-rmdir; remove a leaf directory and all empty intermediate ones."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """Super-rename; create directories as necessary and delete any left empty."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """An entry of scandir(): the name, the full path and cached stat data."""

    def __init__(self, dirpath, name):
        self.name = name
        if dirpath in ('', b''):
            self.path = name
        else:
            self.path = path.join(dirpath, name)
        self._stat = None
        self._lstat = None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            if self.is_symlink():
                self._stat = stat(self.path)
            else:
                self._stat = self.stat(follow_symlinks=False)
        return self._stat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return (self._mode(follow_symlinks) & 0o170000) == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return (self._mode(follow_symlinks) & 0o170000) == 0o100000

    def is_symlink(self):
        return (self._mode(False) & 0o170000) == 0o120000


class _ScandirIterator:
    def __init__(self, dirpath):
        self._dirpath = dirpath
        self._it = iter([DirEntry(dirpath, n) for n in listdir(dirpath)])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    def close(self):
        self._it = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def scandir(path='.'):
    """Return an iterator of DirEntry objects for the given path."""
    if path is None:
        path = '.'
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: yields (dirpath, dirnames, filenames)."""
    top = fspath(top)
    dirs = []
    nondirs = []
    walk_dirs = []
    try:
        entries = scandir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    with entries:
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)
            if not topdown and is_dir:
                if followlinks:
                    walk_into = True
                else:
                    try:
                        walk_into = not entry.is_symlink()
                    except OSError:
                        walk_into = False
                if walk_into:
                    walk_dirs.append(entry.path)
    if topdown:
        yield top, dirs, nondirs
        islink, join = path.islink, path.join
        for dirname in dirs:
            new_path = join(top, dirname)
            if followlinks or not islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_dirs:
            yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs



class _wrap_close:
    """The file of os.popen: closing it waits for the command and returns
    its exit status (None when it succeeded)."""

    def __init__(self, stream, pid):
        self._stream = stream
        self._pid = pid

    def close(self):
        self._stream.close()
        pid, status = waitpid(self._pid, 0)
        code = waitstatus_to_exitcode(status)
        if code == 0:
            return None
        return code << 8 if code > 0 else code

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def popen(cmd, mode="r", buffering=-1):
    """Open a pipe to or from the shell command cmd."""
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    fd, pid = _posix._spawn_shell(cmd, mode)
    import io
    return _wrap_close(io.open(fd, mode, buffering), pid)


_at_fork_before = []
_at_fork_child = []
_at_fork_parent = []


def register_at_fork(*, before=None, after_in_child=None, after_in_parent=None):
    """Register callables to be called when forking a new process."""
    if before is None and after_in_child is None and after_in_parent is None:
        raise TypeError("At least one argument is required.")
    for name, func in (('before', before), ('after_in_child', after_in_child),
                       ('after_in_parent', after_in_parent)):
        if func is not None and not callable(func):
            raise TypeError("'%s' must be callable, not %s" % (name, type(func).__name__))
    if before is not None:
        _at_fork_before.append(before)
    if after_in_child is not None:
        _at_fork_child.append(after_in_child)
    if after_in_parent is not None:
        _at_fork_parent.append(after_in_parent)


def _run_fork_hooks(hooks):
    for func in hooks:
        try:
            func()
        except BaseException as exc:
            print('Exception ignored in: %r' % (func,), file=sys.stderr)
            print('%s: %s' % (type(exc).__name__, exc), file=sys.stderr)


def fork():
    """Fork a child process.  Return 0 in the child and the child's
    process id in the parent."""
    _run_fork_hooks(reversed(_at_fork_before))
    pid = _posix.fork()
    _run_fork_hooks(_at_fork_child if pid == 0 else _at_fork_parent)
    return pid


def execl(file, *args):
    """execl(file, *args): execute the executable file with the argument list."""
    execv(file, args)


def execle(file, *args):
    """execle(file, *args, env): like execl with an environment."""
    env = args[-1]
    execve(file, args[:-1], env)


def execlp(file, *args):
    """execlp(file, *args): like execl, searching PATH for file."""
    execvp(file, args)


def execvp(file, args):
    """execvp(file, args): like execv, searching PATH for file."""
    _execvpe(file, args)


def execvpe(file, args, env):
    """execvpe(file, args, env): like execve, searching PATH for file."""
    _execvpe(file, args, env)


def _execvpe(file, args, env=None):
    if env is not None:
        exec_func = execve
        argrest = (args, env)
    else:
        exec_func = execv
        argrest = (args,)
        env = environ
    if path.dirname(file):
        exec_func(file, *argrest)
        return
    saved_exc = None
    for dir in get_exec_path(env):
        fullname = path.join(dir, file)
        try:
            exec_func(fullname, *argrest)
        except (FileNotFoundError, NotADirectoryError) as e:
            last_exc = e
        except OSError as e:
            last_exc = e
            if saved_exc is None:
                saved_exc = e
    if saved_exc is not None:
        raise saved_exc
    raise last_exc
