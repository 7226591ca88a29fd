"""The io module: file objects from the built-in _io module, in-memory
StringIO and BytesIO, and the abstract base classes of the stream
hierarchy for isinstance checks and for streams written in Python."""

import abc
import builtins as _builtins
import _io
from _io import (DEFAULT_BUFFER_SIZE, TextIOWrapper, BufferedReader,
                 BufferedWriter, BufferedRandom, UnsupportedOperation)
from _memio import StringIO, BytesIO

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "BytesIO", "StringIO", "BufferedIOBase", "BufferedReader",
           "BufferedWriter", "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding"]

open = _builtins.open

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

BlockingIOError = BlockingIOError


def open_code(path):
    """Open the file at path for reading as bytes (for loading code)."""
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    """The encoding to use when encoding is None: "locale"."""
    if encoding is None:
        return "locale"
    return encoding


class IOBase(metaclass=abc.ABCMeta):
    """The abstract base class of all I/O classes.  Subclasses supply
    read/write/seek; the rest (line iteration, context management,
    closing) is provided here."""

    __closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation("%s.%s() not supported" % (self.__class__.__name__, name))

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    @property
    def closed(self):
        return self.__closed

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        res = []
        total = 0
        while size is None or size < 0 or total < size:
            b = self.read(1)
            if not b:
                break
            res.append(b)
            total += 1
            if b in ("\n", b"\n"):
                break
        if not res:
            return self.read(0)
        return res[0][:0].join(res)

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Base class for raw binary I/O."""

    def read(self, size=-1):
        if size is None:
            size = -1
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        return bytes(b[:n])

    def readall(self):
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        return bytes(res)

    def readinto(self, b):
        self._unsupported("readinto")

    def write(self, b):
        self._unsupported("write")


class BufferedIOBase(IOBase):
    """Base class for buffered binary I/O."""

    def read(self, size=-1):
        self._unsupported("read")

    def read1(self, size=-1):
        return self.read(size)

    def write(self, b):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")


class TextIOBase(IOBase):
    """Base class for text I/O."""

    def read(self, size=-1):
        self._unsupported("read")

    def write(self, s):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


for _klass in (StringIO, TextIOWrapper):
    TextIOBase.register(_klass)
for _klass in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom):
    BufferedIOBase.register(_klass)
del _klass
