"""Arrays of numeric values (and characters) of one C type, with the
interface, reprs and messages of CPython's array module.  Items are kept
as Python values already converted to what the C type can hold; the bytes
form comes from the struct module."""

import struct as _struct

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_SIZES = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
          'q': 8, 'Q': 8, 'f': 4, 'd': 8}

# (minimum, maximum, message below, message above) of the integer codes.
_INT_LIMITS = {
    'b': (-128, 127, 'signed char is less than minimum', 'signed char is greater than maximum'),
    'B': (0, 255, 'unsigned byte integer is less than minimum', 'unsigned byte integer is greater than maximum'),
    'h': (-32768, 32767, 'signed short integer is less than minimum', 'signed short integer is greater than maximum'),
    'H': (0, 65535, 'unsigned short is less than minimum', 'unsigned short is greater than maximum'),
    'i': (-2 ** 31, 2 ** 31 - 1, 'signed integer is less than minimum', 'signed integer is greater than maximum'),
    'I': (0, 2 ** 32 - 1, "can't convert negative value to unsigned int", 'unsigned int is greater than maximum'),
    'l': (-2 ** 63, 2 ** 63 - 1, 'Python int too large to convert to C long',
          'Python int too large to convert to C long'),
    'L': (0, 2 ** 64 - 1, "can't convert negative value to unsigned int",
          'Python int too large to convert to C unsigned long'),
    'q': (-2 ** 63, 2 ** 63 - 1, 'int too big to convert', 'int too big to convert'),
    'Q': (0, 2 ** 64 - 1, "can't convert negative int to unsigned", 'int too big to convert'),
}


def _converter(typecode):
    if typecode in _INT_LIMITS:
        lo, hi, below, above = _INT_LIMITS[typecode]

        def conv(v):
            if not isinstance(v, int):
                try:
                    v = v.__index__()
                except AttributeError:
                    raise TypeError("'%s' object cannot be interpreted as an integer"
                                    % type(v).__name__) from None
            if v < lo:
                raise OverflowError(below)
            if v > hi:
                raise OverflowError(above)
            return int(v)
        return conv
    if typecode == 'f':
        def conv(v):
            if not isinstance(v, (int, float)):
                try:
                    v = v.__float__()
                except AttributeError:
                    raise TypeError('must be real number, not %s' % type(v).__name__) from None
            return _struct.unpack('f', _struct.pack('f', float(v)))[0]
        return conv
    if typecode == 'd':
        def conv(v):
            if not isinstance(v, (int, float)):
                try:
                    v = v.__float__()
                except AttributeError:
                    raise TypeError('must be real number, not %s' % type(v).__name__) from None
            return float(v)
        return conv

    def conv(v):
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError('array item must be unicode character')
        return v
    return conv


class array:
    """array(typecode [, initializer]) -> array

    Return a new array whose items are restricted by typecode, and
    initialized from the optional initializer value, which must be a list,
    string or iterable over elements of the appropriate type."""

    __slots__ = ('_typecode', '_items', '_conv')

    def __init__(self, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s'
                            % type(typecode).__name__)
        if typecode not in _SIZES:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self._typecode = typecode
        self._conv = _converter(typecode)
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError("cannot use a str to initialize an array with typecode '%s'" % typecode)
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if initializer._typecode == 'u' and typecode != 'u':
                raise TypeError("cannot use a unicode array to initialize an array with typecode '%s'"
                                % typecode)
            self.extend(initializer.tolist())
        else:
            self.extend(initializer)

    typecode = property(lambda self: self._typecode, doc='the typecode character used to create the array')
    itemsize = property(lambda self: _SIZES[self._typecode], doc='the size, in bytes, of one array item')

    def _same(self, other):
        if not isinstance(other, array):
            raise TypeError("can only extend with array (not \"%s\")" % type(other).__name__)
        if other._typecode != self._typecode:
            raise TypeError('can only extend with array of same kind')

    def _new(self, items):
        a = array(self._typecode)
        a._items = items
        return a

    def append(self, v, /):
        self._items.append(self._conv(v))

    def extend(self, iterable, /):
        if isinstance(iterable, array):
            self._same(iterable)
            self._items.extend(iterable._items)
            return
        conv = self._conv
        self._items.extend([conv(v) for v in iterable])

    def insert(self, i, v, /):
        self._items.insert(i, self._conv(v))

    def pop(self, i=-1, /):
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v, /):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, v, start=0, stop=None, /):
        try:
            return self._items.index(v, start, len(self._items) if stop is None else stop)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, v, /):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, lst, /):
        if not isinstance(lst, list):
            raise TypeError('arg must be list')
        self.extend(lst)

    def tounicode(self):
        if self._typecode != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, s, /):
        if self._typecode != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(s)

    def _fmt(self, n):
        return '=%d%s' % (n, 'I' if self._typecode == 'u' else self._typecode.replace('l', 'q').replace('L', 'Q'))

    def tobytes(self):
        items = self._items
        if self._typecode == 'u':
            items = [ord(c) for c in items]
        return _struct.pack(self._fmt(len(items)), *items)

    def frombytes(self, data, /):
        data = bytes(data)
        size = self.itemsize
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        values = _struct.unpack(self._fmt(len(data) // size), data)
        if self._typecode == 'u':
            values = [chr(v) for v in values]
        self._items.extend(values)

    def byteswap(self):
        size = self.itemsize
        data = self.tobytes()
        swapped = b''.join(data[k:k + size][::-1] for k in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def buffer_info(self):
        return (id(self), len(self._items))

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice' % type(v).__name__)
            self._same(v)
            self._items[i] = v._items
            return
        try:
            self._items[i] = self._conv(v)
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __add__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if other._typecode != self._typecode:
            raise TypeError('bad argument type for built-in operation')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if other._typecode != self._typecode:
            raise TypeError('can only extend with array of same kind')
        self._items += other._items
        return self

    def __mul__(self, n):
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def _cmp_items(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return other._items

    def __eq__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items == o

    def __ne__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items != o

    def __lt__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items < o

    def __le__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items <= o

    def __gt__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items > o

    def __ge__(self, other):
        o = self._cmp_items(other)
        return o if o is NotImplemented else self._items >= o

    __hash__ = None

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce__(self):
        return (array, (self._typecode, list(self._items)))

    def __repr__(self):
        if not self._items:
            return "array('%s')" % self._typecode
        if self._typecode == 'u':
            return "array('u', %r)" % ''.join(self._items)
        return "array('%s', %r)" % (self._typecode, self._items)


ArrayType = array
