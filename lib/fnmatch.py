"""Filename matching with shell patterns.

fnmatch(FILENAME, PATTERN) matches according to the local convention.
fnmatchcase(FILENAME, PATTERN) always takes case in account.

The functions operate by translating the pattern into a regular
expression when the re module is available, and by a direct matcher
otherwise.
"""

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def _normcase(s):
    return s


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN.

    Patterns are Unix shell style:

    *       matches everything
    ?       matches any single character
    [seq]   matches any character in seq
    [!seq]  matches any char not in seq
    """
    return fnmatchcase(_normcase(name), _normcase(pat))


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that
    match PAT."""
    return [name for name in names if fnmatch(name, pat)]


def _parse(pat):
    # The pattern as a list of tokens: ('*',), ('?',), ('set', chars,
    # negated) or ('lit', char).
    tokens = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1] != ('*',):
                tokens.append(('*',))
        elif c == '?':
            tokens.append(('?',))
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                tokens.append(('lit', '['))
                continue
            body = pat[i:j]
            i = j + 1
            negated = body.startswith('!')
            if negated:
                body = body[1:]
            ranges = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == '-':
                    ranges.append((body[k], body[k + 2]))
                    k += 3
                else:
                    ranges.append((body[k], body[k]))
                    k += 1
            tokens.append(('set', ranges, negated))
        else:
            tokens.append(('lit', c))
    return tokens


def _match(tokens, ti, name, ni):
    while ti < len(tokens):
        tok = tokens[ti]
        kind = tok[0]
        if kind == '*':
            if ti + 1 == len(tokens):
                return True
            for k in range(ni, len(name) + 1):
                if _match(tokens, ti + 1, name, k):
                    return True
            return False
        if ni >= len(name):
            return False
        c = name[ni]
        if kind == '?':
            pass
        elif kind == 'lit':
            if c != tok[1]:
                return False
        else:
            inside = any(lo <= c <= hi for lo, hi in tok[1])
            if inside == tok[2]:
                return False
        ti += 1
        ni += 1
    return ni == len(name)


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case.

    This is a version of fnmatch() which doesn't case-normalize
    its arguments.
    """
    # bytes match bytes: each byte as the Latin-1 character of its value.
    if isinstance(pat, bytes):
        if not isinstance(name, bytes):
            raise TypeError("cannot use a bytes pattern on a string-like object")
        pat = str(pat, 'ISO-8859-1')
        name = str(name, 'ISO-8859-1')
    elif isinstance(name, bytes):
        raise TypeError("cannot use a string pattern on a bytes-like object")
    return _match(_parse(pat), 0, name, 0)


_RE_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def translate(pat):
    """Translate a shell PATTERN to a regular expression.

    There is no way to quote meta-characters.
    """
    res = []
    for tok in _parse(pat):
        if tok[0] == '*':
            res.append('.*')
        elif tok[0] == '?':
            res.append('.')
        elif tok[0] == 'lit':
            c = tok[1]
            res.append('\\' + c if c in _RE_SPECIAL else c)
        else:
            parts = []
            for lo, hi in tok[1]:
                esc_lo = lo.replace('\\', r'\\').replace(']', r'\]')
                esc_hi = hi.replace('\\', r'\\').replace(']', r'\]')
                parts.append(esc_lo if lo == hi else esc_lo + '-' + esc_hi)
            res.append('[' + ('^' if tok[2] else '') + ''.join(parts) + ']')
    return '(?s:%s)\\Z' % ''.join(res)
