"""The io module: file objects from the built-in _io module, in-memory
StringIO and BytesIO, and the abstract base classes of the stream
hierarchy for isinstance checks and for streams written in Python."""

import abc
import builtins as _builtins
import _io
from _io import DEFAULT_BUFFER_SIZE, BufferedRandom, UnsupportedOperation
from _io import BufferedReader as _FileBufferedReader
from _io import BufferedWriter as _FileBufferedWriter
from _io import TextIOWrapper as _FileTextIOWrapper
from _memio import StringIO, BytesIO

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "BytesIO", "StringIO", "BufferedIOBase", "BufferedReader",
           "BufferedWriter", "BufferedRandom", "BufferedRWPair", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding", "FileIO"]

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

    def __del__(self):
        # As in CPython, a stream that is collected is closed (and so
        # flushed); errors at that point are dropped.
        try:
            closed = self.closed
        except Exception:
            return
        if not closed:
            try:
                self.close()
            except Exception:
                pass

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


class FileIO(RawIOBase):
    """Raw binary I/O on a file descriptor: every read and write is one
    system call.  mode is 'r', 'w', 'x' or 'a', optionally with '+'."""

    _fd = -1

    def __init__(self, file, mode='r', closefd=True, opener=None):
        import os
        if isinstance(file, float):
            raise TypeError("integer argument expected, got float")
        if not isinstance(mode, str):
            raise TypeError("FileIO() argument 'mode' must be str, not %s" % type(mode).__name__)
        if set(mode) - set('rwxab+') or any(mode.count(c) > 1 for c in mode):
            raise ValueError("invalid mode: %s" % mode)
        kinds = [c for c in mode if c in 'rwxa']
        if len(kinds) != 1:
            raise ValueError("Must have exactly one of create/read/write/append "
                             "mode and at most one plus")
        kind = kinds[0]
        plus = '+' in mode
        self._readable = kind == 'r' or plus
        self._writable = kind != 'r' or plus
        self._appending = kind == 'a'
        flags = {'r': 0, 'w': os.O_CREAT | os.O_TRUNC, 'x': os.O_CREAT | os.O_EXCL,
                 'a': os.O_CREAT | os.O_APPEND}[kind]
        flags |= os.O_RDWR if plus else (os.O_RDONLY if kind == 'r' else os.O_WRONLY)
        flags |= getattr(os, 'O_CLOEXEC', 0)
        if kind == 'r':
            self.mode = 'rb+' if plus else 'rb'
        elif kind == 'a':
            self.mode = 'ab+' if plus else 'ab'
        else:
            self.mode = kind + 'b+' if plus else kind + 'b'
        if isinstance(file, int):
            if file < 0:
                raise ValueError("negative file descriptor")
            fd = file
        else:
            if not closefd:
                raise ValueError("Cannot use closefd=False with file name")
            fd = opener(file, flags) if opener is not None else os.open(file, flags, 0o666)
            if not isinstance(fd, int):
                raise TypeError("expected integer from opener")
            if fd < 0:
                raise ValueError("opener returned %d" % fd)
        self._fd = fd
        self._closefd = closefd
        self.name = file
        if self._appending:
            try:
                os.lseek(fd, 0, 2)
            except OSError:
                pass

    @property
    def closefd(self):
        return self._closefd

    def __repr__(self):
        if self.closed:
            return "<_io.FileIO [closed]>"
        return "<_io.FileIO name=%r mode=%r closefd=%r>" % (self.name, self.mode, self._closefd)

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file" if msg is None else msg)

    def _check_readable(self):
        self._checkClosed()
        if not self._readable:
            raise UnsupportedOperation("File not open for reading")

    def _check_writable(self):
        self._checkClosed()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")

    def fileno(self):
        self._checkClosed()
        return self._fd

    def readable(self):
        self._checkClosed()
        return self._readable

    def writable(self):
        self._checkClosed()
        return self._writable

    def seekable(self):
        self._checkClosed()
        import os
        try:
            os.lseek(self._fd, 0, 1)
        except OSError:
            return False
        return True

    def isatty(self):
        self._checkClosed()
        import os
        return os.isatty(self._fd)

    def read(self, size=-1):
        self._check_readable()
        if size is None or size < 0:
            return self.readall()
        import os
        return os.read(self._fd, size)

    def readall(self):
        self._check_readable()
        import os
        chunks = []
        while True:
            data = os.read(self._fd, DEFAULT_BUFFER_SIZE)
            if not data:
                break
            chunks.append(data)
        return b"".join(chunks)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def write(self, b):
        self._check_writable()
        import os
        return os.write(self._fd, bytes(b))

    def seek(self, pos, whence=0):
        self._checkClosed()
        if isinstance(pos, float):
            raise TypeError("an integer is required")
        import os
        return os.lseek(self._fd, pos, whence)

    def tell(self):
        self._checkClosed()
        import os
        return os.lseek(self._fd, 0, 1)

    def truncate(self, size=None):
        self._check_writable()
        import os
        if size is None:
            size = self.tell()
        os.ftruncate(self._fd, size)
        return size

    def close(self):
        if not self.closed:
            try:
                super().close()
            finally:
                if self._closefd and self._fd >= 0:
                    import os
                    os.close(self._fd)

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


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


class BufferedReader(BufferedIOBase):
    """A read buffer over a raw stream (a SocketIO, for one).  Files
    opened by open() are instances of the built-in file type, which counts
    as a BufferedReader too."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.readable():
            raise OSError('"raw" argument must be readable.')
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self.raw = raw
        self.buffer_size = buffer_size
        self._buf = b""
        self._pos = 0

    name = property(lambda self: self.raw.name)
    mode = property(lambda self: self.raw.mode)
    closed = property(lambda self: self.raw.closed)

    def readable(self):
        return True

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def flush(self):
        pass

    def close(self):
        if not self.raw.closed:
            self.raw.close()

    def detach(self):
        raw = self.raw
        self.raw = None
        return raw

    def _buffered(self):
        return len(self._buf) - self._pos

    def _take(self, n):
        out = self._buf[self._pos:self._pos + n]
        self._pos += len(out)
        if self._pos >= len(self._buf):
            self._buf = b""
            self._pos = 0
        return out

    def _fill(self, want=0):
        """One read of the raw stream into the buffer; False at the end of
        the stream (or when a non-blocking stream has nothing)."""
        data = self.raw.read(max(self.buffer_size, want))
        if not data:
            return False
        self._buf = self._buf[self._pos:] + data
        self._pos = 0
        return True

    def read(self, size=-1):
        self._checkClosed("read of closed file")
        if size is None or size < 0:
            chunks = [self._take(self._buffered())]
            while True:
                data = self.raw.read(self.buffer_size)
                if not data:
                    break
                chunks.append(data)
            return b"".join(chunks)
        while self._buffered() < size and self._fill(size - self._buffered()):
            pass
        return self._take(size)

    def read1(self, size=-1):
        self._checkClosed("read of closed file")
        if size is None or size < 0:
            size = self.buffer_size
        if size == 0:
            return b""
        if not self._buffered():
            self._fill(size)
        return self._take(size)

    def peek(self, size=0):
        if not self._buffered():
            self._fill()
        return self._buf[self._pos:]

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._checkClosed("readline of closed file")
        if size is None:
            size = -1
        while True:
            end = self._buf.find(b"\n", self._pos)
            if end >= 0:
                n = end + 1 - self._pos
                break
            if 0 <= size <= self._buffered() or not self._fill():
                n = self._buffered()
                break
        if size >= 0:
            n = min(n, size)
        return self._take(n)

    def seekable(self):
        return False

    def __repr__(self):
        return "<_io.BufferedReader name=%r>" % (self.name,)


class BufferedWriter(BufferedIOBase):
    """A write buffer over a raw stream, flushed when it holds buffer_size
    bytes, on flush() and on close()."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.writable():
            raise OSError('"raw" argument must be writable.')
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self.raw = raw
        self.buffer_size = buffer_size
        self._wbuf = bytearray()

    name = property(lambda self: self.raw.name)
    mode = property(lambda self: self.raw.mode)
    closed = property(lambda self: self.raw.closed)

    def writable(self):
        return True

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def write(self, b):
        if self.closed:
            raise ValueError("write to closed file")
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        n = len(b)
        # As CPython: what is buffered goes out first when the new data does
        # not fit beside it; data larger than the buffer goes out at once.
        if len(self._wbuf) + n > self.buffer_size:
            self._flush_unlocked()
        self._wbuf += b
        if len(self._wbuf) > self.buffer_size:
            self._flush_unlocked()
        return n

    def _flush_unlocked(self):
        while self._wbuf:
            n = self.raw.write(bytes(self._wbuf))
            if n is None:
                raise BlockingIOError(11, "write could not complete without blocking", 0)
            del self._wbuf[:n]

    def flush(self):
        if self.closed:
            raise ValueError("flush of closed file")
        self._flush_unlocked()

    def close(self):
        if self.raw.closed:
            return
        try:
            self.flush()
        finally:
            self.raw.close()

    def detach(self):
        self.flush()
        raw = self.raw
        self.raw = None
        return raw

    def seekable(self):
        return False

    def __repr__(self):
        return "<_io.BufferedWriter name=%r>" % (self.name,)


class BufferedRWPair(BufferedIOBase):
    """A reader and a writer joined into one stream (socket.makefile('rw'))."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def readinto(self, b):
        return self.reader.readinto(b)

    def peek(self, size=0):
        return self.reader.peek(size)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return True

    def writable(self):
        return True

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    @property
    def closed(self):
        return self.writer.closed


def _utf8_complete(data):
    """The length of the longest prefix of data that does not end inside
    a UTF-8 sequence."""
    n = len(data)
    k = n - 1
    while k >= 0 and k >= n - 3 and (data[k] & 0xC0) == 0x80:
        k -= 1
    if k < 0:
        return n
    lead = data[k]
    need = 1 if lead < 0x80 else 2 if lead >= 0xC0 and lead < 0xE0 else 3 if lead < 0xF0 else 4
    return n if n - k >= need else k


class TextIOWrapper(TextIOBase):
    """Character and line based layer over a buffered binary stream.
    Files opened by open() are instances of the built-in file type, which
    counts as a TextIOWrapper too."""

    _CHUNK = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        if encoding is None or encoding == 'locale':
            encoding = 'utf-8'
        self.buffer = buffer
        self._encoding = encoding
        self._errors = errors or 'strict'
        self._newline = newline
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._decoded = ''
        self._pending = b''
        self._eof = False
        self._utf8 = encoding.lower().replace('_', '-') in ('utf-8', 'utf8')

    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    line_buffering = property(lambda self: self._line_buffering)
    write_through = property(lambda self: self._write_through)

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def name(self):
        return self.buffer.name

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    def flush(self):
        self.buffer.flush()

    def close(self):
        if not self.buffer.closed:
            try:
                self.flush()
            finally:
                self.buffer.close()

    def detach(self):
        buffer = self.buffer
        self.flush()
        self.buffer = None
        return buffer

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        text = s
        if self._newline not in (None, '', '\n') and '\n' in text:
            text = text.replace('\n', self._newline)
        self.buffer.write(text.encode(self._encoding, self._errors))
        if self._line_buffering and ('\n' in s or '\r' in s):
            self.flush()
        return len(s)

    def _translate(self, text):
        if self._newline is None and '\r' in text:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def _fill(self, size=None):
        """Decode one more chunk (or everything when size is None); False at
        the end of the stream."""
        if self._eof:
            return False
        if size is None:
            data = self.buffer.read()
        else:
            # read1 returns what one read of the raw stream gives, so that a
            # line from a socket or a pipe does not wait for a full chunk.
            read1 = getattr(self.buffer, "read1", None)
            data = read1(size) if read1 is not None else self.buffer.read(size)
        if not data:
            self._eof = True
            if self._pending:
                self._decoded += self._translate(self._pending.decode(self._encoding, self._errors))
                self._pending = b''
            return False
        data = self._pending + data
        cut = _utf8_complete(data) if self._utf8 else len(data)
        self._pending = data[cut:]
        text = data[:cut].decode(self._encoding, self._errors)
        if self._newline is None and text.endswith('\r'):
            # A \r\n may straddle two chunks: keep the \r for the next one.
            self._pending = b'\r' + self._pending
            text = text[:-1]
        self._decoded += self._translate(text)
        return True

    def read(self, size=-1):
        if size is None or size < 0:
            while self._fill(None):
                pass
            text, self._decoded = self._decoded, ''
            return text
        while len(self._decoded) < size and self._fill(self._CHUNK):
            pass
        text, self._decoded = self._decoded[:size], self._decoded[size:]
        return text

    def _line_end(self, text):
        if self._newline == '':
            for i, c in enumerate(text):
                if c == '\n':
                    return i + 1
                if c == '\r':
                    if i + 1 < len(text):
                        return i + 2 if text[i + 1] == '\n' else i + 1
                    return -1 if not self._eof else i + 1
            return -1
        nl = '\n' if self._newline is None else self._newline
        i = text.find(nl)
        return -1 if i < 0 else i + len(nl)

    def readline(self, size=-1):
        while True:
            end = self._line_end(self._decoded)
            if end >= 0 or not self._fill(self._CHUNK):
                break
        if end < 0:
            end = len(self._decoded)
        if size is not None and size >= 0:
            end = min(end, size)
        line, self._decoded = self._decoded[:end], self._decoded[end:]
        return line

    def seek(self, cookie, whence=0):
        self.flush()
        pos = self.buffer.seek(cookie, whence)
        self._decoded = ''
        self._pending = b''
        self._eof = False
        return pos

    def tell(self):
        return self.buffer.tell() - len(self._decoded.encode(self._encoding, self._errors)) - len(self._pending)

    def truncate(self, pos=None):
        self.flush()
        return self.buffer.truncate(pos)

    def __repr__(self):
        return "<_io.TextIOWrapper encoding='%s'>" % self._encoding


TextIOWrapper.register(_FileTextIOWrapper)

for _klass in (StringIO, _FileTextIOWrapper):
    TextIOBase.register(_klass)
for _klass in (BytesIO, BufferedRandom):
    BufferedIOBase.register(_klass)
BufferedReader.register(_FileBufferedReader)
BufferedWriter.register(_FileBufferedWriter)
del _klass
