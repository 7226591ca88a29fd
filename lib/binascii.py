"""Conversions between binary data and ASCII: hexadecimal, base64 and the
CRC-32 / CRC-CCITT checksums (the base64 and CRC work is in _binascii)."""

import _binascii

__all__ = ['Error', 'Incomplete', 'a2b_base64', 'b2a_base64', 'a2b_hex', 'b2a_hex',
           'hexlify', 'unhexlify', 'crc32', 'crc_hqx']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = Incomplete.__module__ = 'binascii'


def _ascii_data(data):
    # The a2b functions also take ASCII-only str.
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    try:
        memoryview(data).release()
    except TypeError:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                        % type(data).__name__) from None
    return data


def _bytes_like(data):
    # Only objects that export a buffer are data here: bytes(5) would make
    # five zero bytes instead of rejecting the int.
    try:
        memoryview(data).release()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None
    return data


def b2a_base64(data, *, newline=True):
    """Base64-code line of data."""
    return _binascii.b2a_base64(_bytes_like(data), newline)


def a2b_base64(data, *, strict_mode=False):
    """Decode a line of base64 data."""
    data = _ascii_data(data)
    try:
        return _binascii.a2b_base64(data, strict_mode)
    except ValueError as e:
        raise Error(str(e)) from None


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    data = bytes(_bytes_like(data))
    if sep is None:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


def hexlify(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data (also b2a_hex)."""
    return b2a_hex(data, sep, bytes_per_sep)

_HEXDIGITS = frozenset(b'0123456789abcdefABCDEF')


def a2b_hex(hexstr):
    """Binary data of hexadecimal representation."""
    hexstr = bytes(_ascii_data(hexstr))
    if len(hexstr) % 2:
        raise Error('Odd-length string')
    if not _HEXDIGITS.issuperset(hexstr):
        raise Error('Non-hexadecimal digit found')
    return bytes.fromhex(hexstr.decode('ascii'))


def unhexlify(hexstr):
    """Binary data of hexadecimal representation (also a2b_hex)."""
    return a2b_hex(hexstr)


def crc32(data, crc=0, /):
    """Compute CRC-32 incrementally."""
    return _binascii.crc32(_bytes_like(data), crc)


def crc_hqx(data, crc, /):
    """Compute CRC-CCITT incrementally."""
    return _binascii.crc_hqx(_bytes_like(data), crc)
