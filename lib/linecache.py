"""Cache lines from Python source files.

This is intended to read lines from modules imported -- hence if a filename
is not found, it will look down the module search path for a file by that
name.
"""

import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname); lazily loaded entries are
# 1-tuples holding a function that returns the source.
cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache.
    Update the cache if it doesn't contain an entry for this file already."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache.
    Update the cache if it doesn't contain an entry for this file already."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def _stat(fullname):
    try:
        import os
        st = os.stat(fullname)
        return st.st_size, st.st_mtime
    except Exception:
        return None


def checkcache(filename=None):
    """Discard cache entries that are out of date.
    (This is not checked upon each call!)"""
    if filename is None:
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for filename in filenames:
        entry = cache[filename]
        if len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue
        stat = _stat(fullname)
        if stat is None or stat != (size, mtime):
            cache.pop(filename, None)


def _read(fullname):
    with open(fullname, encoding='utf-8', errors='replace') as fp:
        return fp.read()


def updatecache(filename, module_globals=None):
    """Update a cache entry and return its list of lines.
    If something's wrong, print a message, discard the cache entry,
    and return an empty list."""
    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []

    if filename in cache and len(cache[filename]) == 1:
        try:
            data = cache[filename][0]()
        except Exception:
            data = None
        if data is None:
            cache.pop(filename, None)
            return []
        lines = data.splitlines(True)
        if lines and not lines[-1].endswith('\n'):
            lines[-1] += '\n'
        cache[filename] = (len(data), None, lines, filename)
        return lines

    fullname = filename
    try:
        text = _read(fullname)
    except (OSError, UnicodeError, ValueError):
        text = None
        if lazycache(filename, module_globals):
            return updatecache(filename, module_globals)
        if not filename.startswith('/'):
            for dirname in sys.path:
                if not isinstance(dirname, str):
                    continue
                fullname = (dirname.rstrip('/') + '/' + filename
                            if dirname else filename)
                try:
                    text = _read(fullname)
                    break
                except (OSError, UnicodeError, ValueError):
                    continue
        if text is None:
            return []
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    stat = _stat(fullname)
    size, mtime = stat if stat is not None else (len(text), None)
    cache[filename] = size, mtime, lines, fullname
    return lines


def lazycache(filename, module_globals):
    """Seed the cache for filename with module_globals.

    The module loader will be asked for the source only when getlines is
    called, not immediately.
    """
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        name = module_globals['__name__']
        loader = module_globals.get('__loader__')
        if loader is None:
            spec = module_globals.get('__spec__')
            loader = getattr(spec, 'loader', None)
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            def get_lines(name=name, *args, **kwargs):
                return get_source(name, *args, **kwargs)
            cache[filename] = (get_lines,)
            return True
    return False
