"""Common operations on POSIX pathnames (os.path)."""

import posix as _posix

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir",
           "isfile", "ismount", "expanduser", "expandvars", "normpath",
           "abspath", "samefile", "sameopenfile", "samestat", "curdir",
           "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "commonpath"]

supports_unicode_filenames = False

_fspath = _posix.fspath


def _get_sep(p):
    return b'/' if isinstance(p, bytes) else '/'


def _check_arg_types(funcname, *args):
    hasstr = hasbytes = False
    for s in args:
        if isinstance(s, str):
            hasstr = True
        elif isinstance(s, bytes):
            hasbytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    """Normalize case of pathname.  Has no effect under Posix"""
    return _fspath(s)


def isabs(s):
    """Test whether a path is absolute"""
    s = _fspath(s)
    return s.startswith(_get_sep(s))


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed."""
    a = _fspath(a)
    sep = _get_sep(a)
    path = a
    try:
        if not p:
            path[:0] + sep
        for b in map(_fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError, BytesWarning):
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    """Split a pathname into (head, tail); tail is everything after the final slash."""
    p = _fspath(p)
    sep = _get_sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """Split the extension from a pathname: (root, ext)."""
    p = _fspath(p)
    if isinstance(p, bytes):
        sep, extsep_ = b'/', b'.'
    else:
        sep, extsep_ = '/', '.'
    sep_index = p.rfind(sep)
    dot_index = p.rfind(extsep_)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != extsep_:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    """Split a pathname into drive and path. On Posix, drive is always empty."""
    p = _fspath(p)
    return p[:0], p


def basename(p):
    """Returns the final component of a pathname"""
    p = _fspath(p)
    sep = _get_sep(p)
    i = p.rfind(sep) + 1
    return p[i:]


def dirname(p):
    """Returns the directory component of a pathname"""
    p = _fspath(p)
    sep = _get_sep(p)
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def _mode(path, follow=True):
    try:
        st = _posix.stat(path) if follow else _posix.lstat(path)
    except (OSError, ValueError):
        return None
    return st[0]


def exists(path):
    """Test whether a path exists.  Returns False for broken symbolic links"""
    return _mode(path) is not None


def lexists(path):
    """Test whether a path exists.  Returns True for broken symbolic links"""
    return _mode(path, False) is not None


def isdir(s):
    """Return true if the pathname refers to an existing directory."""
    m = _mode(s)
    return m is not None and (m & 0o170000) == 0o040000


def isfile(path):
    """Test whether a path is a regular file"""
    m = _mode(path)
    return m is not None and (m & 0o170000) == 0o100000


def islink(path):
    """Test whether a path is a symbolic link"""
    m = _mode(path, False)
    return m is not None and (m & 0o170000) == 0o120000


def ismount(path):
    """Test whether a path is a mount point"""
    try:
        s1 = _posix.lstat(path)
    except (OSError, ValueError):
        return False
    if (s1[0] & 0o170000) == 0o120000:
        return False
    path = _fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    parent = realpath(parent)
    try:
        s2 = _posix.lstat(parent)
    except (OSError, ValueError):
        return False
    return s1[2] != s2[2] or s1[1] == s2[1]


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    return _posix.stat(filename)[6]


def getmtime(filename):
    """Return the last modification time of a file, reported by os.stat()."""
    return _posix.stat(filename)[8]


def getatime(filename):
    """Return the last access time of a file, reported by os.stat()."""
    return _posix.stat(filename)[7]


def getctime(filename):
    """Return the metadata change time of a file, reported by os.stat()."""
    return _posix.stat(filename)[9]


def samestat(s1, s2):
    """Test whether two stat buffers reference the same file"""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Test whether two pathnames reference the same actual file or directory"""
    a, b = _posix.stat(f1), _posix.stat(f2)
    return a[1] == b[1] and a[2] == b[2]


def sameopenfile(fp1, fp2):
    """Test whether two open file objects reference the same file"""
    a, b = _posix.fstat(fp1), _posix.fstat(fp2)
    return a[1] == b[1] and a[2] == b[2]


def commonprefix(m):
    """Given a list of pathnames, returns the longest common leading component"""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def expanduser(path):
    """Expand ~ and ~user constructions."""
    path = _fspath(path)
    if isinstance(path, bytes):
        tilde = b'~'
    else:
        tilde = '~'
    if not path.startswith(tilde):
        return path
    sep = _get_sep(path)
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        userhome = _posix.environ.get('HOME')
        if userhome is None:
            return path
    else:
        name = path[1:i]
        if isinstance(name, bytes):
            name = name.decode('utf-8', 'surrogateescape')
        userhome = None
        try:
            with open('/etc/passwd') as f:
                for line in f:
                    fields = line.rstrip('\n').split(':')
                    if len(fields) >= 6 and fields[0] == name:
                        userhome = fields[5]
                        break
        except OSError:
            pass
        if userhome is None:
            return path
    if isinstance(path, bytes):
        userhome = userhome.encode('utf-8', 'surrogateescape')
    root = b'/' if isinstance(path, bytes) else '/'
    userhome = userhome.rstrip(root)
    return (userhome + path[i:]) or root


def expandvars(path):
    """Expand shell variables of form $var and ${var}.  Unknown variables
    are left unchanged."""
    path = _fspath(path)
    if isinstance(path, bytes):
        text = path.decode('utf-8', 'surrogateescape')
    else:
        text = path
    if '$' not in text:
        return path
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and text[i + 1] == '{':
            j = text.find('}', i + 2)
            if j < 0:
                out.append(text[i:])
                break
            name = text[i + 2:j]
            end = j + 1
        else:
            j = i + 1
            while j < n and (text[j].isalnum() or text[j] == '_'):
                j += 1
            name = text[i + 1:j]
            end = j
        if name and name in _posix.environ:
            out.append(_posix.environ[name])
        else:
            out.append(text[i:end] if end > i + 1 else '$')
        i = end
    result = ''.join(out)
    if isinstance(path, bytes):
        return result.encode('utf-8', 'surrogateescape')
    return result


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    path = _fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b'/', b'', b'.', b'..'
    else:
        sep, empty, dot, dotdot = '/', '', '.', '..'
    if path == empty:
        return dot
    initial_slashes = path.startswith(sep)
    if initial_slashes and path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial_slashes = 2
    comps = path.split(sep)
    new_comps = []
    for comp in comps:
        if comp in (empty, dot):
            continue
        if (comp != dotdot or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == dotdot)):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    comps = new_comps
    path = sep.join(comps)
    if initial_slashes:
        path = sep * initial_slashes + path
    return path or dot


def abspath(path):
    """Return an absolute path."""
    path = _fspath(path)
    if not isabs(path):
        if isinstance(path, bytes):
            cwd = _posix.getcwdb()
        else:
            cwd = _posix.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """Return the canonical path of the specified filename, eliminating any
    symbolic links encountered in the path."""
    filename = _fspath(filename)
    path, ok = _joinrealpath(filename[:0], filename, strict, {})
    return abspath(path)


def _joinrealpath(path, rest, strict, seen):
    if isinstance(path, bytes):
        sep, curdir_, pardir_ = b'/', b'.', b'..'
    else:
        sep, curdir_, pardir_ = '/', '.', '..'
    if isabs(rest):
        rest = rest[1:]
        path = sep
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == curdir_:
            continue
        if name == pardir_:
            if path:
                path, name = split(path)
                if name == pardir_:
                    path = join(path, pardir_, pardir_)
            else:
                path = pardir_
            continue
        newpath = join(path, name)
        try:
            st = _posix.lstat(newpath)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = (st[0] & 0o170000) == 0o120000
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            if strict:
                _posix.stat(newpath)
            else:
                return join(newpath, rest), False
        seen[newpath] = None
        path, ok = _joinrealpath(path, _posix.readlink(newpath), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True


def relpath(path, start=None):
    """Return a relative version of a path"""
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    if isinstance(path, bytes):
        curdir_, sep, pardir_ = b'.', b'/', b'..'
    else:
        curdir_, sep, pardir_ = '.', '/', '..'
    if start is None:
        start = curdir_
    else:
        start = _fspath(start)
    try:
        start_list = [x for x in abspath(start).split(sep) if x]
        path_list = [x for x in abspath(path).split(sep) if x]
        i = len(commonprefix([start_list, path_list]))
        rel_list = [pardir_] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return curdir_
        return join(*rel_list)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_fspath, paths))
    if isinstance(paths[0], bytes):
        sep, curdir_ = b'/', b'.'
    else:
        sep, curdir_ = '/', '.'
    try:
        split_paths = [path.split(sep) for path in paths]
        try:
            isabs_, = set(p[:1] == sep for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != curdir_] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sep if isabs_ else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise
