"""Implementation of JSONDecoder: a recursive-descent scanner with the
error messages and positions of CPython's json module."""

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_WS = ' \t\n\r'
_DIGITS = '0123456789'


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos

    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

_default_parse_constant = _CONSTANTS.__getitem__

try:
    from _json import scan_once as c_scan_once
except ImportError:
    c_scan_once = None

_BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}

_HEX = '0123456789abcdefABCDEF'


def _decode_uXXXX(s, pos):
    esc = s[pos + 1:pos + 5]
    if len(esc) == 4 and esc[1] not in 'xX':
        ok = True
        for c in esc:
            if c not in _HEX:
                ok = False
                break
        if ok:
            return int(esc, 16)
    msg = "Invalid \\uXXXX escape"
    raise JSONDecodeError(msg, s, pos)


def py_scanstring(s, end, strict=True):
    """Scan the string s for a JSON string. End is the index of the
    character in s after the quote that started the JSON string.
    Returns a tuple of the decoded string and the index of the character
    in s after the end quote."""
    chunks = []
    _append = chunks.append
    begin = end - 1
    find = s.find
    n = len(s)
    while True:
        q = find('"', end)
        if q < 0:
            q = n
        b = find('\\', end, q)
        stop = q if b < 0 else b
        content = s[end:stop]
        if content:
            if strict and not content.isprintable():
                for i, c in enumerate(content):
                    if c < ' ':
                        raise JSONDecodeError("Invalid control character at", s, end + i)
            _append(content)
        if b < 0:
            if q == n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            return ''.join(chunks), q + 1
        end = b + 1
        if end >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[end]
        if esc != 'u':
            try:
                char = _BACKSLASH[esc]
            except KeyError:
                raise JSONDecodeError("Invalid \\escape", s, end - 1) from None
            end += 1
        else:
            uni = _decode_uXXXX(s, end)
            end += 5
            if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
                uni2 = _decode_uXXXX(s, end + 1)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                    end += 6
            char = chr(uni)
        _append(char)


scanstring = py_scanstring


def _skip_ws(s, end):
    n = len(s)
    while end < n and s[end] in _WS:
        end += 1
    return end


class _Scanner:
    """Parses one JSON value at an index, following a decoder's hooks."""

    def __init__(self, context):
        self.strict = context.strict
        self.object_hook = context.object_hook
        self.object_pairs_hook = context.object_pairs_hook
        self.parse_float = context.parse_float
        self.parse_int = context.parse_int
        self.parse_constant = context.parse_constant
        self.parse_string = context.parse_string
        self.memo = {}

    def __call__(self, string, idx):
        try:
            return self.scan_once(string, idx)
        finally:
            self.memo.clear()

    def _number(self, s, idx):
        n = len(s)
        i = idx
        if i < n and s[i] == '-':
            i += 1
        if i >= n:
            return None
        c = s[i]
        if c == '0':
            i += 1
        elif '1' <= c <= '9':
            i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
        else:
            return None
        integer = s[idx:i]
        frac = exp = ''
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            j = i + 2
            while j < n and s[j] in _DIGITS:
                j += 1
            frac = s[i:j]
            i = j
        if i + 1 < n and s[i] in 'eE':
            j = i + 1
            if s[j] in '+-':
                j += 1
            if j < n and s[j] in _DIGITS:
                j += 1
                while j < n and s[j] in _DIGITS:
                    j += 1
                exp = s[i:j]
                i = j
        if frac or exp:
            return self.parse_float(integer + frac + exp), i
        return self.parse_int(integer), i

    def scan_once(self, s, idx):
        try:
            nextchar = s[idx]
        except IndexError:
            raise StopIteration(idx) from None
        if nextchar == '"':
            return self.parse_string(s, idx + 1, self.strict)
        elif nextchar == '{':
            return self._object(s, idx + 1)
        elif nextchar == '[':
            return self._array(s, idx + 1)
        elif nextchar == 'n' and s[idx:idx + 4] == 'null':
            return None, idx + 4
        elif nextchar == 't' and s[idx:idx + 4] == 'true':
            return True, idx + 4
        elif nextchar == 'f' and s[idx:idx + 5] == 'false':
            return False, idx + 5
        if nextchar == '-' or '0' <= nextchar <= '9':
            r = self._number(s, idx)
            if r is not None:
                return r
        if nextchar == 'N' and s[idx:idx + 3] == 'NaN':
            return self.parse_constant('NaN'), idx + 3
        elif nextchar == 'I' and s[idx:idx + 8] == 'Infinity':
            return self.parse_constant('Infinity'), idx + 8
        elif nextchar == '-' and s[idx:idx + 9] == '-Infinity':
            return self.parse_constant('-Infinity'), idx + 9
        raise StopIteration(idx)

    def _value(self, s, end):
        try:
            return self.scan_once(s, end)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None

    def _object(self, s, end):
        pairs = []
        pairs_append = pairs.append
        memo_get = self.memo.setdefault
        end = _skip_ws(s, end)
        nextchar = s[end:end + 1]
        if nextchar != '"':
            if nextchar == '}':
                end += 1
                if self.object_pairs_hook is not None:
                    return self.object_pairs_hook(pairs), end
                pairs = {}
                if self.object_hook is not None:
                    pairs = self.object_hook(pairs)
                return pairs, end
            raise JSONDecodeError(
                "Expecting property name enclosed in double quotes", s, end)
        end += 1
        while True:
            key, end = scanstring(s, end, self.strict)
            key = memo_get(key, key)
            if s[end:end + 1] != ':':
                end = _skip_ws(s, end)
                if s[end:end + 1] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = _skip_ws(s, end + 1)
            value, end = self._value(s, end)
            pairs_append((key, value))
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == '}':
                break
            elif nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar != '"':
                raise JSONDecodeError(
                    "Expecting property name enclosed in double quotes", s, end - 1)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), end
        pairs = dict(pairs)
        if self.object_hook is not None:
            pairs = self.object_hook(pairs)
        return pairs, end

    def _array(self, s, end):
        values = []
        end = _skip_ws(s, end)
        nextchar = s[end:end + 1]
        if nextchar == ']':
            return values, end + 1
        append = values.append
        while True:
            value, end = self._value(s, end)
            append(value)
            end = _skip_ws(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == ']':
                break
            elif nextchar != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = _skip_ws(s, end)
        return values, end


class _CScanner:
    """Calls the C scanner with a decoder's hooks (None where the default
    conversion applies)."""

    def __init__(self, context):
        self.strict = context.strict
        self.hooks = (
            context.object_hook, context.object_pairs_hook,
            None if context.parse_float is float else context.parse_float,
            None if context.parse_int is int else context.parse_int,
            None if context.parse_constant is _default_parse_constant else context.parse_constant)
        self.memo = {}

    def __call__(self, string, idx):
        h = self.hooks
        try:
            return c_scan_once(string, idx, self.strict, h[0], h[1], h[2], h[3], h[4],
                               self.memo, JSONDecodeError)
        finally:
            self.memo.clear()


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder."""

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _default_parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = None
        self.parse_array = None
        self.parse_string = scanstring
        self.memo = {}
        if c_scan_once is not None and self.parse_string is py_scanstring:
            self.scan_once = _CScanner(self)
        else:
            self.scan_once = _Scanner(self)

    def decode(self, s, _w=None):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document)."""
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with
        a JSON document) and return a 2-tuple of the Python
        representation and the index in ``s`` where the document ended."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
