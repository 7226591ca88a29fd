"""Synchronised queues for passing work between threads.

Queue (first in, first out), LifoQueue (last in, first out), PriorityQueue
(lowest first) and SimpleQueue (unbounded, no task tracking).
"""

import threading
from time import monotonic as _time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']

_GenericAlias = type(list[int])


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


class _Fifo:
    """A list with cheap removal from the front: the consumed prefix is
    dropped in one go once it makes up half of the list."""

    __slots__ = ('_items', '_head')

    def __init__(self, items=()):
        self._items = list(items)
        self._head = 0

    def append(self, item):
        self._items.append(item)

    def popleft(self):
        if self._head >= len(self._items):
            raise IndexError('pop from an empty deque')
        item = self._items[self._head]
        self._items[self._head] = None
        self._head += 1
        if self._head >= 64 and self._head * 2 >= len(self._items):
            del self._items[:self._head]
            self._head = 0
        return item

    def clear(self):
        self._items = []
        self._head = 0

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def __iter__(self):
        return iter(self._items[self._head:])

    def __contains__(self, item):
        return item in self._items[self._head:]

    def __getitem__(self, index):
        return self._items[self._head:][index]

    def __repr__(self):
        return 'deque(%r)' % (self._items[self._head:],)


def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    """A first-in, first-out queue; maxsize <= 0 means unbounded.

    One lock guards the items; three conditions over it wake the getters,
    the putters and the threads waiting in join().
    """

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Mark one item taken with get() as processed, for join()."""
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            if left == 0:
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = left

    def join(self):
        """Block until every item put has been got and marked done."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """Return the approximate size of the queue (not reliable!)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """Return True if the queue is empty, False otherwise (not reliable!)."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """Return True if the queue is full, False otherwise (not reliable!)."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put an item, waiting (at most timeout seconds) for a free slot;
        Full when none comes or when block is false and the queue is full."""
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                else:
                    _check_timeout(timeout)
                    deadline = _time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = deadline - _time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting (at most timeout seconds) for
        one; Empty when none comes or when block is false and there is none."""
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            else:
                _check_timeout(timeout)
                deadline = _time() + timeout
                while not self._qsize():
                    remaining = deadline - _time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """Put an item only if a slot is free at once; Full otherwise."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Remove and return an item only if one is there; Empty otherwise."""
        return self.get(block=False)

    # The storage, which subclasses replace.
    def _init(self, maxsize):
        self.queue = _Fifo()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(_GenericAlias)


def _sift_down(heap, start, pos):
    # The item at pos moves up towards start while smaller than its parent.
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_up(heap, pos):
    # The hole at pos moves down along the smaller children to a leaf, then
    # the item that was there bubbles back up to its place.
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_down(heap, start, pos)


def _heappush(heap, item):
    heap.append(item)
    _sift_down(heap, 0, len(heap) - 1)


def _heappop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    _sift_up(heap, 0)
    return top


class PriorityQueue(Queue):
    """A queue that hands out its smallest item first (entries are often
    (priority, data) tuples)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    """A queue that hands out the item put last first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded first-in, first-out queue without task tracking."""

    def __init__(self):
        self._queue = _Fifo()
        self._cond = threading.Condition(threading.Lock())

    def put(self, item, block=True, timeout=None):
        """Put an item; it never blocks (the arguments are for compatibility)."""
        with self._cond:
            self._queue.append(item)
            self._cond.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting (at most timeout seconds) for one."""
        with self._cond:
            if not block:
                if not self._queue:
                    raise Empty
            elif timeout is None:
                while not self._queue:
                    self._cond.wait()
            else:
                _check_timeout(timeout)
                deadline = _time() + timeout
                while not self._queue:
                    remaining = deadline - _time()
                    if remaining <= 0.0:
                        raise Empty
                    self._cond.wait(remaining)
            return self._queue.popleft()

    def put_nowait(self, item):
        """Put an item; same as put(item, block=False)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Remove and return an item if one is there at once; Empty otherwise."""
        return self.get(False)

    def empty(self):
        """Return True if the queue is empty, False otherwise (not reliable!)."""
        return not self._queue

    def qsize(self):
        """Return the approximate size of the queue (not reliable!)."""
        return len(self._queue)

    __class_getitem__ = classmethod(_GenericAlias)
