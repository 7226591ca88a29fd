"""Functions to convert between Python values and C structs represented
as bytes objects."""

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']

from _struct import calcsize, pack, pack_into, unpack, unpack_from, iter_unpack, error


class Struct:
    """A compiled format string: pack and unpack with the same format
    without naming it each time."""

    __slots__ = ('format', 'size')

    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode('ascii')
        self.size = calcsize(format)
        self.format = format

    def pack(self, *values):
        return pack(self.format, *values)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)

    def __repr__(self):
        return 'Struct(%r)' % (self.format,)
