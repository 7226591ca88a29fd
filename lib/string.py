"""A collection of string constants and classes.

Public module variables:

whitespace -- a string containing all ASCII whitespace
ascii_lowercase -- a string containing all ASCII lowercase letters
ascii_uppercase -- a string containing all ASCII uppercase letters
ascii_letters -- a string containing all ASCII letters
digits -- a string containing all ASCII decimal digits
hexdigits -- a string containing all ASCII hexadecimal digits
octdigits -- a string containing all ASCII octal digits
punctuation -- a string containing all ASCII punctuation characters
printable -- a string containing all ASCII characters considered printable
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each word using
    capitalize, and join the capitalized words using join.  If the optional
    second argument sep is absent or None, runs of whitespace characters
    are replaced by a single space and leading and trailing whitespace are
    removed, otherwise sep is used to split and join the words.
    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_sentinel_dict = {}

_ID_START = set(ascii_letters + '_')
_ID_CONTINUE = _ID_START | set(digits)


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None

    def __init_subclass__(cls):
        super().__init_subclass__()

    def __init__(self, template):
        self.template = template

    # The template is scanned by hand: a delimiter is followed by another
    # delimiter (an escape), an identifier, or an identifier in braces.
    def _scan(self):
        s = self.template
        delim = self.delimiter
        dlen = len(delim)
        n = len(s)
        i = 0
        literal_start = 0
        while True:
            j = s.find(delim, i)
            if j < 0:
                break
            k = j + dlen
            if s.startswith(delim, k):
                yield ('text', s[literal_start:j] + delim, None, j)
                i = literal_start = k + dlen
                continue
            if k < n and s[k] in _ID_START:
                e = k + 1
                while e < n and s[e] in _ID_CONTINUE:
                    e += 1
                yield ('named', s[literal_start:j], s[k:e], j)
                i = literal_start = e
                continue
            if k < n and s[k] == '{':
                e = k + 1
                if e < n and s[e] in _ID_START:
                    e += 1
                    while e < n and s[e] in _ID_CONTINUE:
                        e += 1
                    if e < n and s[e] == '}':
                        yield ('named', s[literal_start:j], s[k + 1:e], j)
                        i = literal_start = e + 1
                        continue
            yield ('invalid', s[literal_start:j], None, j)
            i = literal_start = k
        yield ('text', s[literal_start:], None, n)

    def _invalid(self, pos):
        lines = self.template[:pos].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = pos - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        parts = []
        for kind, text, name, pos in self._scan():
            if kind == 'invalid':
                self._invalid(pos + len(self.delimiter))
            parts.append(text)
            if kind == 'named':
                parts.append('%s' % (mapping[name],))
        return ''.join(parts)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        parts = []
        s = self.template
        for kind, text, name, pos in self._scan():
            parts.append(text)
            if kind == 'named':
                try:
                    parts.append('%s' % (mapping[name],))
                except KeyError:
                    end = pos + len(self.delimiter) + len(name)
                    if s.startswith('{', pos + len(self.delimiter)):
                        end += 2
                    parts.append(s[pos:end])
            elif kind == 'invalid':
                parts.append(self.delimiter)
        return ''.join(parts)

    def is_valid(self):
        for kind, text, name, pos in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, text, name, pos in self._scan():
            if kind == 'named' and name not in ids:
                ids.append(name)
            elif kind == 'invalid':
                self._invalid(pos + len(self.delimiter))
        return ids


def _parse_format(format_string):
    # Yields (literal_text, field_name, format_spec, conversion) like
    # str.format's own parser does.
    s = format_string
    n = len(s)
    i = 0
    literal = []
    while i < n:
        c = s[i]
        if c == '{':
            if i + 1 < n and s[i + 1] == '{':
                literal.append('{')
                i += 2
                continue
            depth = 1
            j = i + 1
            while j < n and depth:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                j += 1
            if depth:
                if j >= n and '}' not in s[i + 1:]:
                    raise ValueError("expected '}' before end of string")
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j - 1]
            # Split "name!conv:spec"; the name may contain [..] with any
            # characters.
            k = 0
            m = len(field)
            while k < m and field[k] not in '!:':
                if field[k] == '[':
                    while k < m and field[k] != ']':
                        k += 1
                k += 1
            name = field[:k]
            conversion = None
            spec = ''
            if k < m and field[k] == '!':
                if k + 1 >= m:
                    raise ValueError("end of string while looking for "
                                     "conversion specifier")
                conversion = field[k + 1]
                k += 2
                if k < m and field[k] != ':':
                    raise ValueError("expected ':' after conversion "
                                     "specifier")
            if k < m and field[k] == ':':
                spec = field[k + 1:]
            yield ''.join(literal), name, spec, conversion
            literal = []
            i = j
        elif c == '}':
            if i + 1 < n and s[i + 1] == '}':
                literal.append('}')
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        yield ''.join(literal), None, None, None


def _field_name_split(field_name):
    # "a.b[0]" -> ('a', iterator of (is_attribute, key)).
    n = len(field_name)
    i = 0
    while i < n and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        c = field_name[i]
        if c == '.':
            j = i + 1
            while j < n and field_name[j] not in '.[':
                j += 1
            name = field_name[i + 1:j]
            if not name:
                raise ValueError("Empty attribute in format string")
            rest.append((True, name))
            i = j
        elif c == '[':
            j = field_name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = field_name[i + 1:j]
            if key.isdigit():
                key = int(key)
            rest.append((False, key))
            i = j + 1
            if i < n and field_name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format "
                                 "field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format "
                             "field specifier")
    return first, iter(rest)


class Formatter:
    """The str.format machinery as overridable methods."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args,
                 recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs,
                    used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}"
                         .format(conversion))

    def parse(self, format_string):
        """Returns an iterable of (literal_text, field_name, format_spec,
        conversion) tuples."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
