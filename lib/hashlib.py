"""Secure hashes and message digests: md5, sha1, sha224, sha256, sha384
and sha512 with the hashlib interface (update, digest, hexdigest, copy).
The data given to update() is kept and digested in one pass by the
_hashes module when a digest is asked for."""

import _hashes

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'new',
           'algorithms_guaranteed', 'algorithms_available', 'file_digest',
           'pbkdf2_hmac')

_INFO = {'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64), 'sha256': (32, 64),
         'sha384': (48, 128), 'sha512': (64, 128)}

algorithms_guaranteed = frozenset(_INFO)
algorithms_available = frozenset(_INFO)


class _Hash:
    """A hash object: feed it bytes with update(), read the digest."""

    __slots__ = ('name', '_data')

    def __init__(self, name, data=b''):
        self.name = name
        self._data = bytearray()
        if data:
            self.update(data)

    @property
    def digest_size(self):
        return _INFO[self.name][0]

    @property
    def block_size(self):
        return _INFO[self.name][1]

    def update(self, data, /):
        if isinstance(data, str):
            raise TypeError('Strings must be encoded before hashing')
        try:
            self._data += data
        except TypeError:
            raise TypeError("object supporting the buffer API required") from None

    def digest(self):
        return _hashes.digest(self.name, self._data)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        h = _Hash(self.name)
        h._data = bytearray(self._data)
        return h

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %s>' % (self.name, hex(id(self)))


def new(name, data=b'', **kwargs):
    """Return a new hashing object using the named algorithm."""
    key = name.lower().replace('-', '') if isinstance(name, str) else name
    if key not in _INFO:
        raise ValueError('unsupported hash type ' + str(name))
    return _Hash(key, data)


def md5(data=b'', *, usedforsecurity=True):
    return _Hash('md5', data)


def sha1(data=b'', *, usedforsecurity=True):
    return _Hash('sha1', data)


def sha224(data=b'', *, usedforsecurity=True):
    return _Hash('sha224', data)


def sha256(data=b'', *, usedforsecurity=True):
    return _Hash('sha256', data)


def sha384(data=b'', *, usedforsecurity=True):
    return _Hash('sha384', data)


def sha512(data=b'', *, usedforsecurity=True):
    return _Hash('sha512', data)


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """Hash the contents of a file-like object opened for reading in
    binary mode."""
    h = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        h.update(chunk)
    return h


class UnsupportedDigestmodError(ValueError):
    """The digest named is not one this hashlib provides."""


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC
    as pseudorandom function."""
    if isinstance(hash_name, str) and hash_name.lower().replace('-', '') not in _INFO:
        raise UnsupportedDigestmodError('unsupported hash type ' + hash_name)
    if isinstance(password, str) or isinstance(salt, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    name = hash_name.lower().replace('-', '') if isinstance(hash_name, str) else hash_name
    return _hashes.pbkdf2_hmac(name, password, salt, iterations, dklen)
