"""Implementation of JSONEncoder, producing the same text as CPython's
json module (float reprs, escapes, separators and indentation)."""

__all__ = ['JSONEncoder']

INFINITY = float('inf')

ESCAPE_DCT = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}
for _i in range(0x20):
    ESCAPE_DCT.setdefault(chr(_i), '\\u{0:04x}'.format(_i))
del _i


def _needs_escape(s):
    return '"' in s or '\\' in s or not s.isprintable()


def py_encode_basestring(s):
    """Return a JSON representation of a Python string"""
    if not _needs_escape(s):
        return '"' + s + '"'
    get = ESCAPE_DCT.get
    return '"' + ''.join([get(c, c) for c in s]) + '"'


def _ascii_char(c):
    n = ord(c)
    if n < 0x10000:
        return '\\u{0:04x}'.format(n)
    n -= 0x10000
    s1 = 0xd800 | ((n >> 10) & 0x3ff)
    s2 = 0xdc00 | (n & 0x3ff)
    return '\\u{0:04x}\\u{1:04x}'.format(s1, s2)


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string"""
    if s.isascii() and not _needs_escape(s):
        return '"' + s + '"'
    out = []
    append = out.append
    get = ESCAPE_DCT.get
    for c in s:
        if ' ' <= c <= '~':
            if c == '"' or c == '\\':
                append(ESCAPE_DCT[c])
            else:
                append(c)
        else:
            e = get(c)
            append(e if e is not None else _ascii_char(c))
    return '"' + ''.join(out) + '"'


try:
    from _json import encode_basestring as c_encode_basestring
    from _json import encode_basestring_ascii as c_encode_basestring_ascii
    from _json import encode as c_encode
except ImportError:
    c_encode_basestring = c_encode_basestring_ascii = c_encode = None

encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns a
        serializable object for ``o``, or calls the base implementation
        (to raise a ``TypeError``)."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            else:
                return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation
        as available."""
        if self.check_circular:
            markers = {}
        else:
            markers = None
        if self.ensure_ascii:
            _encoder = encode_basestring_ascii
        else:
            _encoder = encode_basestring

        def floatstr(o, allow_nan=self.allow_nan,
                     _repr=float.__repr__, _inf=INFINITY, _neginf=-INFINITY):
            if o != o:
                text = 'NaN'
            elif o == _inf:
                text = 'Infinity'
            elif o == _neginf:
                text = '-Infinity'
            else:
                return _repr(o)
            if not allow_nan:
                raise ValueError(
                    "Out of range float values are not JSON compliant")
            return text

        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        if (c_encode is not None and _encoder in (c_encode_basestring, c_encode_basestring_ascii)
                and isinstance(self.key_separator, str) and isinstance(self.item_separator, str)):
            return [c_encode(o, self.default, indent, self.key_separator, self.item_separator,
                             self.sort_keys, self.skipkeys, self.ensure_ascii, self.allow_nan,
                             self.check_circular)]
        out = []
        _Encoder(markers, self.default, _encoder, indent, floatstr,
                 self.key_separator, self.item_separator, self.sort_keys,
                 self.skipkeys, out.append).encode(o, 0)
        return out


class _Encoder:
    """One encoding run: appends the pieces of the text to `emit`."""

    def __init__(self, markers, default, encoder, indent, floatstr,
                 key_separator, item_separator, sort_keys, skipkeys, emit):
        self.markers = markers
        self.default = default
        self.encoder = encoder
        self.indent = indent
        self.floatstr = floatstr
        self.key_separator = key_separator
        self.item_separator = item_separator
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys
        self.emit = emit

    def encode(self, o, level):
        emit = self.emit
        if isinstance(o, str):
            emit(self.encoder(o))
        elif o is None:
            emit('null')
        elif o is True:
            emit('true')
        elif o is False:
            emit('false')
        elif isinstance(o, int):
            emit(int.__repr__(o))
        elif isinstance(o, float):
            emit(self.floatstr(o))
        elif isinstance(o, (list, tuple)):
            self.encode_list(o, level)
        elif isinstance(o, dict):
            self.encode_dict(o, level)
        else:
            markers = self.markers
            if markers is not None:
                markerid = id(o)
                if markerid in markers:
                    raise ValueError("Circular reference detected")
                markers[markerid] = o
            o = self.default(o)
            self.encode(o, level)
            if markers is not None:
                del markers[markerid]

    def encode_list(self, lst, level):
        emit = self.emit
        if not lst:
            emit('[]')
            return
        markers = self.markers
        if markers is not None:
            markerid = id(lst)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = lst
        indent = self.indent
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            separator = self.item_separator + newline_indent
            emit('[' + newline_indent)
        else:
            newline_indent = None
            separator = self.item_separator
            emit('[')
        first = True
        encoder = self.encoder
        floatstr = self.floatstr
        for value in lst:
            if first:
                first = False
            else:
                emit(separator)
            if isinstance(value, str):
                emit(encoder(value))
            elif value is None:
                emit('null')
            elif value is True:
                emit('true')
            elif value is False:
                emit('false')
            elif isinstance(value, int):
                emit(int.__repr__(value))
            elif isinstance(value, float):
                emit(floatstr(value))
            else:
                self.encode(value, level)
        if newline_indent is not None:
            level -= 1
            emit('\n' + indent * level)
        emit(']')
        if markers is not None:
            del markers[markerid]

    def encode_dict(self, dct, level):
        emit = self.emit
        if not dct:
            emit('{}')
            return
        markers = self.markers
        if markers is not None:
            markerid = id(dct)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers[markerid] = dct
        indent = self.indent
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            item_separator = self.item_separator + newline_indent
            emit('{' + newline_indent)
        else:
            newline_indent = None
            item_separator = self.item_separator
            emit('{')
        first = True
        encoder = self.encoder
        floatstr = self.floatstr
        key_separator = self.key_separator
        if self.sort_keys:
            items = sorted(dct.items())
        else:
            items = dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                emit(item_separator)
            emit(encoder(key))
            emit(key_separator)
            if isinstance(value, str):
                emit(encoder(value))
            elif value is None:
                emit('null')
            elif value is True:
                emit('true')
            elif value is False:
                emit('false')
            elif isinstance(value, int):
                emit(int.__repr__(value))
            elif isinstance(value, float):
                emit(floatstr(value))
            else:
                self.encode(value, level)
        if newline_indent is not None:
            level -= 1
            emit('\n' + indent * level)
        emit('}')
        if markers is not None:
            del markers[markerid]
