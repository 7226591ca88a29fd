"""Base16, Base32 and Base64 data encodings (RFC 4648), over binascii,
and the Ascii85 and Base85 encodings."""

import binascii
import struct as _struct

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes',
           'b64encode', 'b64decode', 'b32encode', 'b32decode',
           'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode',
           'a85encode', 'a85decode', 'b85encode', 'b85decode']

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes_types):
        return s
    raise TypeError("argument should be a bytes-like object or ASCII "
                    "string, not %r" % s.__class__.__name__)


def b64encode(s, altchars=None):
    """Encode the bytes-like object s using Base64 and return a bytes object."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode the Base64 encoded bytes-like object or ASCII string s."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Encode bytes-like object s using the standard Base64 alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode bytes encoded with the standard Base64 alphabet."""
    return b64decode(s)


_urlsafe_encode_translation = bytes.maketrans(b'+/', b'-_')
_urlsafe_decode_translation = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    """Encode bytes using the URL- and filesystem-safe Base64 alphabet."""
    return b64encode(s).translate(_urlsafe_encode_translation)


def urlsafe_b64decode(s):
    """Decode bytes using the URL- and filesystem-safe Base64 alphabet."""
    s = _bytes_from_decode_data(s)
    s = s.translate(_urlsafe_decode_translation)
    return b64decode(s)


_B32_ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX_ALPHABET = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'


def _b32encode(alphabet, s):
    if not isinstance(s, bytes_types):
        s = memoryview(s).tobytes()
    s = bytes(s)
    leftover = len(s) % 5
    if leftover:
        s = s + b'\0' * (5 - leftover)
    out = bytearray()
    for i in range(0, len(s), 5):
        n = int.from_bytes(s[i:i + 5], 'big')
        for shift in range(35, -1, -5):
            out.append(alphabet[(n >> shift) & 31])
    # 1, 2, 3 or 4 trailing bytes leave 6, 4, 3 or 1 characters of padding.
    pad = {1: 6, 2: 4, 3: 3, 4: 1}.get(leftover, 0)
    if pad:
        out[-pad:] = b'=' * pad
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b'=')
    padchars = len(s) - len(stripped)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(stripped), 8):
        quanta = stripped[i:i + 8]
        n = 0
        for c in quanta:
            try:
                n = (n << 5) | values[c]
            except KeyError:
                raise binascii.Error('Non-base32 digit found') from None
        n <<= 5 * (8 - len(quanta))
        out += n.to_bytes(5, 'big')
    if len(s) % 8 or padchars not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    if padchars and out:
        keep = {1: 4, 3: 3, 4: 2, 6: 1}[padchars]
        del out[len(out) - 5 + keep:]
    return bytes(out)


def b32encode(s):
    """Encode the bytes-like object s using Base32 and return a bytes object."""
    return _b32encode(_B32_ALPHABET, s)


def b32decode(s, casefold=False, map01=None):
    """Decode the Base32 encoded bytes-like object or ASCII string s."""
    return _b32decode(_B32_ALPHABET, s, casefold, map01)


def b32hexencode(s):
    """Encode the bytes-like object s using Base32 with the extended hex alphabet."""
    return _b32encode(_B32HEX_ALPHABET, s)


def b32hexdecode(s, casefold=False):
    """Decode the base32hex encoded bytes-like object or ASCII string s."""
    return _b32decode(_B32HEX_ALPHABET, s, casefold)


def b16encode(s):
    """Encode the bytes-like object s using Base16 and return a bytes object."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode the Base16 encoded bytes-like object or ASCII string s."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if any(c not in b'0123456789ABCDEF' for c in s):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


# Ascii85 and Base85 write each 4-byte big-endian word as 5 digits in base
# 85, most significant first.  A word is split as two 2-digit pairs and a
# last digit (85**4 * 85 > 2**32 > 7225 * 85**3), looked up in tables.

_A85_ALPHABET = bytes(range(33, 118))
_B85_ALPHABET = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                 b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_A85START = b"<~"
_A85END = b"~>"
_tables = {}


def _digit_tables(alphabet):
    t = _tables.get(alphabet)
    if t is None:
        singles = [bytes((c,)) for c in alphabet]
        pairs = [a + b for a in singles for b in singles]
        t = _tables[alphabet] = (singles, pairs)
    return t


def _encode85(data, alphabet, pad, fold_zero, fold_spaces):
    if not isinstance(data, bytes_types):
        data = memoryview(data).tobytes()
    singles, pairs = _digit_tables(alphabet)
    short = -len(data) % 4
    if short:
        data = bytes(data) + b'\0' * short
    words = _struct.unpack('!%dI' % (len(data) // 4), data)
    out = []
    for w in words:
        if fold_zero and w == 0:
            out.append(b'z')
        elif fold_spaces and w == 0x20202020:
            out.append(b'y')
        else:
            out.append(pairs[w // 614125] + pairs[w // 85 % 7225] + singles[w % 85])
    if short and not pad:
        # The last word was padded with zero bytes: its zero fold cannot
        # stand for fewer than four, and the digits for the padding go.
        last = out[-1]
        if last == b'z':
            last = singles[0] * 5
        out[-1] = last[:-short]
    return b''.join(out)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode bytes-like object b using Ascii85 and return a bytes object."""
    result = _encode85(b, _A85_ALPHABET, pad, True, foldspaces)
    if adobe:
        result = _A85START + result
    if wrapcol:
        width = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + width] for i in range(0, len(result), width)]
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b'')
        result = b'\n'.join(lines)
    if adobe:
        result += _A85END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\x0b'):
    """Decode the Ascii85 encoded bytes-like object or ASCII string b."""
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError("Ascii85 encoded byte sequences must end with %r" % (_A85END,))
        b = b[2:-2] if b.startswith(_A85START) else b[:-2]
    out = []
    group = []
    for c in b:
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                acc = (((group[0] * 85 + group[1]) * 85 + group[2]) * 85 + group[3]) * 85 + group[4]
                if acc > 0xffffffff:
                    raise ValueError('Ascii85 overflow') from None
                out.append(acc.to_bytes(4, 'big'))
                group = []
        elif c == 122:  # z
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out.append(b'\0\0\0\0')
        elif foldspaces and c == 121:  # y
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out.append(b'    ')
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    if group:
        # A short last group stands for its bytes followed by the padding
        # the encoder dropped: fill it with the highest digit.
        n = len(group)
        group += [84] * (5 - n)
        acc = 0
        for d in group:
            acc = acc * 85 + d
        if acc > 0xffffffff:
            raise ValueError('Ascii85 overflow') from None
        out.append(acc.to_bytes(4, 'big')[:n - 1])
    return b''.join(out)


def b85encode(b, pad=False):
    """Encode bytes-like object b in base85 format and return a bytes object."""
    return _encode85(b, _B85_ALPHABET, pad, False, False)


_b85_values = None


def b85decode(b):
    """Decode the base85-encoded bytes-like object or ASCII string b."""
    global _b85_values
    if _b85_values is None:
        values = [None] * 256
        for i, c in enumerate(_B85_ALPHABET):
            values[c] = i
        _b85_values = values
    values = _b85_values
    b = _bytes_from_decode_data(b)
    short = -len(b) % 5
    b = bytes(b) + b'~' * short
    out = []
    for i in range(0, len(b), 5):
        acc = 0
        for j in range(i, i + 5):
            v = values[b[j]]
            if v is None:
                raise ValueError('bad base85 character at position %d' % j)
            acc = acc * 85 + v
        if acc > 0xffffffff:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out.append(acc.to_bytes(4, 'big'))
    result = b''.join(out)
    return result[:-short] if short else result


def encode(input, output):
    """Encode a file; input and output are binary files."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            ns = input.read(MAXBINSIZE - len(s))
            if not ns:
                break
            s += ns
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Decode a file; input and output are binary files."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))


def _input_type_check(s):
    if not isinstance(s, bytes_types):
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__)


def encodebytes(s):
    """Encode a bytestring into a bytes object containing multiple lines
    of base-64 data."""
    _input_type_check(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b"".join(pieces)


def decodebytes(s):
    """Decode a bytestring of base-64 data into a bytes object."""
    _input_type_check(s)
    return binascii.a2b_base64(s)
