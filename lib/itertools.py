"""Functional tools for creating and using iterators.

Infinite iterators:
count(start=0, step=1) --> start, start+step, start+2*step, ...
cycle(p) --> p0, p1, ... plast, p0, p1, ...
repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times

Iterators terminating on the shortest input sequence:
accumulate, chain, chain.from_iterable, compress, dropwhile, filterfalse,
groupby, islice, pairwise, starmap, tee, takewhile, zip_longest

Combinatoric generators:
product, permutations, combinations, combinations_with_replacement
"""

import sys as _sys
from _thread import allocate_lock as _allocate_lock

__all__ = ['accumulate', 'chain', 'combinations',
           'combinations_with_replacement', 'compress', 'count', 'cycle',
           'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
           'zip_longest']

_GenericAlias = type(list[int])

# Most iterators below step their source with "for x in it: return x", which
# fetches one item without the cost of catching StopIteration at every step.


class count:
    """Return a count object whose .__next__() method returns consecutive
    values.

    Equivalent to:
        def count(firstval=0, step=1):
            x = firstval
            while 1:
                yield x
                x += step
    """
    __slots__ = ('_n', '_step')

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not hasattr(type(v), '__add__') or isinstance(v, (str, bytes)):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return '%s(%r)' % (type(self).__name__, self._n)
        return '%s(%r, %r)' % (type(self).__name__, self._n, step)

    def __reduce__(self):
        return type(self), (self._n, self._step)


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat
    the sequence indefinitely."""
    __slots__ = ('_it', '_saved', '_index', '_first_pass')

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._first_pass = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._first_pass:
            # Another thread sharing the cycle may end the first pass and
            # drop the source meanwhile: it is read once.
            it = self._it
            if it is not None:
                for x in it:
                    self._saved.append(x)
                    return x
            self._first_pass = False
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        i = self._index
        x = saved[i]
        i += 1
        self._index = 0 if i == len(saved) else i
        return x


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly.
    """
    __slots__ = ('_obj', '_times')

    def __init__(self, object, times=None):
        self._obj = object
        if times is not None:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an "
                                "integer" % type(times).__name__)
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        times = self._times
        if times is None:
            return self._obj
        if times <= 0:
            raise StopIteration
        self._times = times - 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return '%s(%r)' % (type(self).__name__, self._obj)
        return '%s(%r, %d)' % (type(self).__name__, self._obj, self._times)

    def __reduce__(self):
        if self._times is None:
            return type(self), (self._obj,)
        return type(self), (self._obj, self._times)


class accumulate:
    """Return series of accumulated sums (or other binary function results).
    """
    __slots__ = ('_it', '_func', '_total', '_started')

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = initial
        self._started = initial is not None

    def __iter__(self):
        return self

    def __next__(self):
        if self._started is True:
            self._started = 1
            return self._total
        for x in self._it:
            if not self._started:
                self._started = 1
                self._total = x
                return x
            func = self._func
            if func is None:
                self._total = total = self._total + x
            else:
                self._total = total = func(self._total, x)
            return total
        raise StopIteration


class chain:
    """Return a chain object whose .__next__() method returns elements from
    the first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted.
    """
    __slots__ = ('_source', '_active')

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        """Alternative chain() constructor taking a single iterable argument
        that evaluates lazily."""
        self = cls.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        active = self._active
        if active is not None:
            for x in active:
                return x
        source = self._source
        if source is not None:
            for src in source:
                active = self._active = iter(src)
                for x in active:
                    return x
            self._source = None
        self._active = None
        raise StopIteration

    __class_getitem__ = classmethod(_GenericAlias)


class compress:
    """Return data elements corresponding to true selector elements.

    Forms a shorter iterator from selected data elements using the selectors
    to choose the data elements.
    """
    __slots__ = ('_data', '_selectors')

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        data = self._data
        for s in self._selectors:
            for d in data:
                if s:
                    return d
                break
            else:
                break
        raise StopIteration


class dropwhile:
    """Drop items from the iterable while predicate(item) is true.

    Afterwards, return every element until the iterable is exhausted.
    """
    __slots__ = ('_pred', '_it', '_dropped')

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropped = False

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if self._dropped:
            for x in it:
                return x
            raise StopIteration
        pred = self._pred
        for x in it:
            if not pred(x):
                self._dropped = True
                return x
        raise StopIteration


class takewhile:
    """Return successive entries from an iterable as long as the predicate
    evaluates to true for each entry."""
    __slots__ = ('_pred', '_it', '_stopped')

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._stopped = False

    def __iter__(self):
        return self

    def __next__(self):
        if not self._stopped:
            for x in self._it:
                if self._pred(x):
                    return x
                self._stopped = True
                break
        raise StopIteration


class filterfalse:
    """Return those items of iterable for which function(item) is false.

    If function is None, return the items that are false.
    """
    __slots__ = ('_pred', '_it')

    def __init__(self, function, iterable):
        self._pred = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        pred = self._pred
        if pred is None:
            for x in self._it:
                if not x:
                    return x
        else:
            for x in self._it:
                if not pred(x):
                    return x
        raise StopIteration


class starmap:
    """Return an iterator whose values are returned from the function
    evaluated with an argument tuple taken from the given sequence."""
    __slots__ = ('_func', '_it')

    def __init__(self, function, iterable):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        for args in self._it:
            return self._func(*args)
        raise StopIteration


class pairwise:
    """Return an iterator of overlapping pairs taken from the input
    iterator.

        s -> (s0,s1), (s1,s2), (s2, s3), ...
    """
    __slots__ = ('_it', '_old')

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._old = _marker

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        old = self._old
        if old is _marker:
            for old in it:
                break
            else:
                self._it = None
                raise StopIteration
        for new in it:
            self._old = new
            return (old, new)
        self._it = None
        self._old = _marker
        raise StopIteration


_marker = object()


class islice:
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object

    Return an iterator whose next() method returns selected values from an
    iterable.
    """
    __slots__ = ('_it', '_next', '_stop', '_step', '_count')

    def __init__(self, iterable, *args):
        nargs = len(args)
        if nargs == 1:
            start, stop, step = None, args[0], None
        elif nargs in (2, 3):
            start, stop = args[0], args[1]
            step = args[2] if nargs == 3 else None
        elif nargs == 0:
            raise TypeError("islice expected at least 2 arguments, got 1")
        else:
            raise TypeError("islice expected at most 4 arguments, got %d"
                            % (nargs + 1))
        if stop is not None:
            stop = _slice_index(stop)
            if stop is None:
                raise ValueError(
                    "Stop argument for islice() must be None or an "
                    "integer: 0 <= x <= sys.maxsize.")
        if start is None:
            start = 0
        else:
            start = _slice_index(start)
            if start is None:
                raise ValueError(
                    "Indices for islice() must be None or an integer: "
                    "0 <= x <= sys.maxsize.")
        if step is None:
            step = 1
        else:
            step = _slice_index(step)
            if step is None or step < 1:
                raise ValueError(
                    "Step for islice() must be a positive integer or None.")
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._count = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        nxt = self._next
        stop = self._stop
        if stop is not None and nxt >= stop:
            self._it = None
            raise StopIteration
        count = self._count
        while count < nxt:
            for _ in it:
                break
            else:
                self._it = None
                raise StopIteration
            count += 1
        for item in it:
            self._count = count + 1
            nxt += self._step
            if stop is not None and nxt > stop:
                nxt = stop
            self._next = nxt
            return item
        self._it = None
        raise StopIteration


def _slice_index(v):
    try:
        v = v.__index__()
    except AttributeError:
        return None
    if v < 0 or v > _sys.maxsize:
        return None
    return v


class zip_longest:
    """zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest
    object

    Return a zip_longest object whose .__next__() method returns a tuple
    where the i-th element comes from the i-th iterable argument. When the
    shorter iterables are exhausted, the fillvalue is substituted in their
    place.
    """
    __slots__ = ('_its', '_active', '_fill')

    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(it) for it in iterables]
        self._active = len(self._its)
        self._fill = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not self._active:
            raise StopIteration
        result = []
        for i, it in enumerate(its):
            if it is None:
                result.append(self._fill)
                continue
            for x in it:
                result.append(x)
                break
            else:
                self._active -= 1
                if not self._active:
                    raise StopIteration
                its[i] = None
                result.append(self._fill)
        return tuple(result)


class groupby:
    """make an iterator that returns consecutive keys and groups from the
    iterable

    iterable
      Elements to divide into groups according to the key function.
    key
      A function for computing the group category for each element.
      If the key function is not specified or is None, the element itself
      is used for grouping.
    """
    __slots__ = ('_keyfunc', '_it', '_tgtkey', '_currkey', '_currvalue',
                 '_id')

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _marker
        self._id = None

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        keyfunc = self._keyfunc
        while self._currkey is _marker or (
                self._tgtkey is not _marker and self._currkey == self._tgtkey):
            self._currvalue = next(self._it)
            self._currkey = (self._currvalue if keyfunc is None
                             else keyfunc(self._currvalue))
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._tgtkey, self._id))


class _grouper:
    __slots__ = ('_parent', '_tgtkey', '_id')

    def __init__(self, parent, tgtkey, id):
        self._parent = parent
        self._tgtkey = tgtkey
        self._id = id

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._id is not self._id:
            raise StopIteration
        if parent._currvalue is _marker:
            for value in parent._it:
                parent._currvalue = value
                parent._currkey = (value if parent._keyfunc is None
                                   else parent._keyfunc(value))
                break
            else:
                raise StopIteration
        if not (parent._currkey == self._tgtkey):
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _marker
        return value


class _tee:
    """Iterator wrapped to make it copyable."""
    __slots__ = ('_it', '_link', '__weakref__')

    # The tees made from one iterator share a singly linked list of cells
    # [value, next]; each tee points at the cell before the next value it
    # will return, and the cells no tee points at anymore are freed.
    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        nxt = link[1]
        if nxt is None:
            for value in self._it:
                break
            else:
                raise StopIteration
            nxt = link[1]
            if nxt is None:
                nxt = link[1] = [value, None]
        self._link = nxt
        return nxt[0]

    def __copy__(self):
        return _tee(self._it, self._link)


def tee(iterable, n=2):
    """Returns a tuple of n independent iterators."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(n).__name__)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, [None, None])
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


class _CombinatoricBase:
    # The results come from a generator, which two threads may not resume
    # at once ("generator already executing"); the lock makes threads that
    # share one of these iterators take turns, as the C versions let them.
    __slots__ = ('_gen', '_lock')

    def _start(self, gen):
        self._gen = gen
        self._lock = _allocate_lock()

    def __iter__(self):
        return self

    def __next__(self):
        with self._lock:
            for x in self._gen:
                return x
        raise StopIteration


class product(_CombinatoricBase):
    """product(*iterables, repeat=1) --> product object

    Cartesian product of input iterables.  Equivalent to nested for-loops.
    """
    __slots__ = ()

    def __init__(self, *iterables, repeat=1):
        if not isinstance(repeat, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(repeat).__name__)
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(pool) for pool in iterables] * repeat
        self._start(_product(pools))


def _product(pools):
    n = len(pools)
    if n == 0:
        yield ()
        return
    for pool in pools:
        if not pool:
            return
    # An odometer of indices, the rightmost advancing fastest.
    indices = [0] * n
    result = [pool[0] for pool in pools]
    yield tuple(result)
    while True:
        i = n - 1
        while i >= 0:
            pool = pools[i]
            j = indices[i] + 1
            if j < len(pool):
                indices[i] = j
                result[i] = pool[j]
                break
            indices[i] = 0
            result[i] = pool[0]
            i -= 1
        if i < 0:
            return
        yield tuple(result)


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(r).__name__)
    if r < 0:
        raise ValueError("r must be non-negative")


class combinations(_CombinatoricBase):
    """Return successive r-length combinations of elements in the iterable.

    combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)
    """
    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        _check_r(r)
        self._start(_combinations(pool, r))


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        # Find the rightmost index that can still move right.
        i = r - 1
        while i >= 0 and indices[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_CombinatoricBase):
    """Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats.

    combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'),
    ('A','C'), ('B','B'), ('B','C'), ('C','C')
    """
    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        _check_r(r)
        self._start(_cwr(pool, r))


def _cwr(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        v = indices[i] + 1
        for j in range(i, r):
            indices[j] = v
        yield tuple(pool[i] for i in indices)


class permutations(_CombinatoricBase):
    """Return successive r-length permutations of elements in the iterable.

    permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)
    """
    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        if r is None:
            r = len(pool)
        else:
            _check_r(r)
        self._start(_permutations(pool, r))


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[k] for k in indices[:r])
                break
            i -= 1
        else:
            return
