"""Support for regular expressions (RE), with Python's syntax and API.

Patterns are checked and compiled by the _regex module (over PCRE2);
this module provides Pattern and Match, substitution templates, split,
findall and the module-level functions with their cache."""

import _regex

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"



def _as_slicable(string):
    """The subject as pieces of results are cut from it: str and bytes as
    they are, any other bytes-like object (bytearray, memoryview) as bytes,
    since CPython's results are bytes for those."""
    if isinstance(string, (str, bytes)):
        return string
    return bytes(string)

class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    """

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


_regex.error = error

_FLAG_NAMES = [('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8),
               ('DOTALL', 16), ('UNICODE', 32), ('VERBOSE', 64), ('DEBUG', 128),
               ('ASCII', 256)]


# The order RegexFlag prints combined flags in.
_ENUM_ORDER = [('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32),
               ('MULTILINE', 8), ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1),
               ('DEBUG', 128)]


def _flags_repr(value, skip_unicode=False, order=_FLAG_NAMES):
    parts = []
    for name, bit in order:
        if value & bit and not (skip_unicode and bit == 32):
            parts.append('re.' + name)
            value &= ~bit
    if value:
        parts.append(hex(value))
    return '|'.join(parts)


class _FlagType(type):
    """The class side of RegexFlag: like an enum class it lists its members
    (the single flags, in definition order), finds them by name and
    counts them."""

    def __iter__(cls):
        return iter([cls._cache[bit] for _, bit in _ENUM_ORDER])

    def __len__(cls):
        return len(_ENUM_ORDER)

    def __contains__(cls, value):
        if not isinstance(value, cls):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and 'EnumType'"
                            % type(value).__name__)
        return True

    def __getitem__(cls, name):
        return cls._names[name]

    @property
    def __members__(cls):
        import types
        return types.MappingProxyType(cls._names)

    def __repr__(cls):
        return "<flag %r>" % cls.__name__

    __str__ = __repr__


class RegexFlag(int, metaclass=_FlagType):
    """The flags of re: ints that print by name and combine with | & ^ ~.
    Each value has one instance, so that RegexFlag(2) is re.IGNORECASE."""

    __slots__ = ()
    _cache = {}
    _names = {}

    def __new__(cls, value=0):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid RegexFlag" % (value,))
        value = int(value)
        member = cls._cache.get(value)
        if member is None:
            member = cls._cache[value] = int.__new__(cls, value)
        return member

    def __repr__(self):
        v = int(self)
        if v == 0:
            return 're.NOFLAG'
        if v & ~511:
            known = _flags_repr(v & 511, order=_ENUM_ORDER)
            if not known:
                return 're.RegexFlag(%d)' % v
            return known + '|' + hex(v & ~511)
        return _flags_repr(v, order=_ENUM_ORDER)

    __str__ = __repr__

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return 'NOFLAG'
        if v & ~511:
            return None
        return '|'.join(n for n, bit in _ENUM_ORDER if v & bit)

    @property
    def value(self):
        return int(self)


NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(256)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
UNICODE = U = RegexFlag(32)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
VERBOSE = X = RegexFlag(64)
TEMPLATE = T = RegexFlag(1)
DEBUG = RegexFlag(128)

# The members by name, with the one-letter aliases, in CPython's order;
# they are also attributes of the class (RegexFlag.IGNORECASE).
for _name, _short in (('NOFLAG', None), ('ASCII', 'A'), ('IGNORECASE', 'I'), ('LOCALE', 'L'),
                      ('UNICODE', 'U'), ('MULTILINE', 'M'), ('DOTALL', 'S'), ('VERBOSE', 'X'),
                      ('TEMPLATE', 'T'), ('DEBUG', None)):
    for _n in (_name, _short):
        if _n is not None:
            RegexFlag._names[_n] = globals()[_name]
            setattr(RegexFlag, _n, globals()[_name])
del _name, _short, _n


Match = _regex.Match


class Pattern:
    """A compiled regular expression."""

    __slots__ = ('pattern', 'flags', 'groups', '_groupindex', '_code', '__weakref__')

    def __init__(self, pattern, flags):
        code = _regex.compile(pattern, flags)
        self._code = code
        self.pattern = pattern
        self.flags = code.flags
        self.groups = code.groups
        self._groupindex = code.groupindex

    @property
    def groupindex(self):
        return dict(self._groupindex)

    def match(self, string, pos=0, endpos=None):
        return self._code.match(self, string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._code.match(self, string, pos, endpos, 2)

    def search(self, string, pos=0, endpos=None):
        return self._code.match(self, string, pos, endpos, 0)

    def findall(self, string, pos=0, endpos=None):
        allspans = self._code.scan(string, pos, endpos, 0)
        string = _as_slicable(string)
        groups = self.groups
        if groups == 0:
            return [string[sp[0]:sp[1]] for sp in allspans]
        empty = string[:0]
        if groups == 1:
            return [string[sp[2]:sp[3]] if sp[2] >= 0 else empty for sp in allspans]
        out = []
        for sp in allspans:
            out.append(tuple(string[sp[2 * i]:sp[2 * i + 1]] if sp[2 * i] >= 0 else empty
                             for i in range(1, groups + 1)))
        return out

    def finditer(self, string, pos=0, endpos=None):
        return iter(self._code.scan(string, pos, endpos, 0, self))

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        groups = self.groups
        allspans = self._code.scan(string, 0, None, maxsplit if maxsplit > 0 else 0)
        string = _as_slicable(string)
        for sp in allspans:
            if maxsplit < 0:
                break
            out.append(string[last:sp[0]])
            for i in range(1, groups + 1):
                out.append(string[sp[2 * i]:sp[2 * i + 1]] if sp[2 * i] >= 0 else None)
            last = sp[1]
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            filt = repl
            literal = None
        else:
            literal, filt = _compile_template(self, repl)
        pieces = []
        append = pieces.append
        last = 0
        n = 0
        if count < 0:
            return string, 0
        if literal is not None:
            allspans = self._code.scan(string, 0, None, count)
            string = _as_slicable(string)
            for sp in allspans:
                append(string[last:sp[0]])
                append(literal)
                last = sp[1]
                n += 1
        else:
            matches = self._code.scan(string, 0, None, count, self)
            string = _as_slicable(string)
            for m in matches:
                append(string[last:m.start()])
                r = filt(m)
                if r:
                    append(r)
                last = m.end()
                n += 1
        append(string[last:])
        return string[:0].join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        return _Scanner(self, string, pos, endpos)

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str):
            flags &= ~32
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        if flags:
            return 're.compile(%s, %s)' % (text, _flags_repr(flags))
        return 're.compile(%s)' % (text,)

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._it = None

    def match(self):
        m = self.pattern.match(self._string, self._pos,
                               len(self._string) if self._endpos is None else self._endpos)
        if m is not None:
            self._pos = m.end() if m.end() > m.start() else m.end() + 1
        return m

    def search(self):
        m = self.pattern.search(self._string, self._pos,
                                len(self._string) if self._endpos is None else self._endpos)
        if m is not None:
            self._pos = m.end() if m.end() > m.start() else m.end() + 1
        return m


# ----------------------------------------------------- replacement templates

_TEMPLATE_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
                     't': '\t', 'v': '\v', '\\': '\\'}
_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'


def _parse_template(pattern, template):
    """Split a replacement template into literal text and group numbers:
    a list whose items are str/bytes or ints."""
    is_bytes = isinstance(template, bytes)
    if is_bytes:
        s = template.decode('latin-1')
    else:
        s = template
    items = []
    lit = []
    i = 0
    n = len(s)
    groups = pattern.groups
    groupindex = pattern._groupindex

    def err(msg, pos):
        raise error(msg, template, pos)

    while i < n:
        c = s[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            err('bad escape (end of pattern)', i)
        d = s[i + 1]
        if d == 'g':
            if i + 2 >= n or s[i + 2] != '<':
                err('missing <', i + 2)
            j = s.find('>', i + 3)
            if j < 0:
                err('missing >, unterminated name', i + 3)
            name = s[i + 3:j]
            if not name:
                err('missing group name', i + 3)
            if name.isdigit() and name.isascii():
                index = int(name)
                if index > groups:
                    err('invalid group reference %d' % index, i + 3)
            elif name.isidentifier():
                if name not in groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                index = groupindex[name]
            else:
                err("bad character in group name '%s'" % name, i + 3)
            if lit:
                items.append(''.join(lit))
                lit = []
            items.append(index)
            i = j + 1
        elif d == '0':
            j = i + 2
            while j < n and j < i + 4 and s[j] in '01234567':
                j += 1
            lit.append(chr(int(s[i + 1:j], 8)))
            i = j
        elif d in '0123456789':
            j = i + 2
            if j < n and s[j] in '0123456789':
                if (d in '01234567' and s[j] in '01234567' and j + 1 < n
                        and s[j + 1] in '01234567'):
                    v = int(s[i + 1:j + 2], 8)
                    if v > 0o377:
                        err('octal escape value \\%s outside of range 0-0o377' % s[i + 1:j + 2], i)
                    lit.append(chr(v))
                    i = j + 2
                    continue
                j += 1
            index = int(s[i + 1:j])
            if index > groups:
                err('invalid group reference %d' % index, i + 1)
            if lit:
                items.append(''.join(lit))
                lit = []
            items.append(index)
            i = j
        elif d in _TEMPLATE_ESCAPES:
            lit.append(_TEMPLATE_ESCAPES[d])
            i += 2
        elif d in _ASCII_LETTERS:
            err('bad escape \\%s' % d, i)
        else:
            lit.append('\\' + d)
            i += 2
    if lit:
        items.append(''.join(lit))
    if is_bytes:
        items = [x.encode('latin-1') if isinstance(x, str) else x for x in items]
    return items


def _expand_template(pattern, template):
    items = _parse_template(pattern, template)
    empty = template[:0]

    def expand(m):
        out = []
        for x in items:
            if isinstance(x, int):
                v = m.group(x)
                if v:
                    out.append(v)
            else:
                out.append(x)
        return empty.join(out)
    return expand


_template_cache = {}


def _expand_match(match, template):
    """Match.expand(template)."""
    return _expand_template(match.re, template)(match)


def _compile_template(pattern, repl):
    """(literal, None) when repl has no group references, else
    (None, function of a match)."""
    if isinstance(repl, (str, bytes)) and '\\' not in (repl if isinstance(repl, str) else repl.decode('latin-1')):
        return repl, None
    key = (pattern, repl)
    r = _template_cache.get(key)
    if r is None:
        items = _parse_template(pattern, repl)
        if not any(isinstance(x, int) for x in items):
            r = (repl[:0].join(items), None)
        else:
            r = (None, _expand_template(pattern, repl))
        if len(_template_cache) > 512:
            _template_cache.clear()
        _template_cache[key] = r
    return r


# ----------------------------------------------------------- module level

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag) or not isinstance(flags, int):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = Pattern(pattern, flags)
    if not (flags & DEBUG):
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object"
    return _compile(pattern, flags | T)


_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, 'latin1')
        return pattern.translate(_special_chars_map).encode('latin1')
