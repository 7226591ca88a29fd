"""Text wrapping and filling.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only these ASCII characters count as whitespace here, not the Unicode
# spaces str.isspace() knows.
_whitespace = '\t\n\x0b\x0c\r '
_ws_set = frozenset(_whitespace)


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


def _split_words(text):
    """Break text into whitespace runs and words, splitting words after
    hyphens between letters and around em-dashes (--)."""
    chunks = []
    n = len(text)
    i = 0

    def letter_at(k):
        return 0 <= k < n and _is_letter(text[k])

    while i < n:
        if text[i] in _ws_set:
            j = i + 1
            while j < n and text[j] in _ws_set:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        # An em-dash between words is a chunk of its own.
        if i > 0 and _is_word_punct(text[i - 1]) and text.startswith('--', i):
            j = i
            while j < n and text[j] == '-':
                j += 1
            if j < n and _is_word(text[j]):
                chunks.append(text[i:j])
                i = j
                continue
        # A word ends at the first place (after at least one character)
        # that ends a hyphenated part, starts an em-dash, or meets
        # whitespace.
        e = i + 1
        while True:
            if e >= n or text[e] in _ws_set:
                break
            c = text[e]
            if (c == '-' and
                    ((letter_at(e - 2) and letter_at(e - 1)) or
                     (letter_at(e - 3) and text[e - 2] == '-' and
                      letter_at(e - 1))) and
                    letter_at(e + 1) and
                    (letter_at(e + 2) or
                     (e + 2 < n and text[e + 2] == '-' and letter_at(e + 3)))):
                e += 1
                break
            if (c == '-' and _is_word_punct(text[e - 1]) and
                    text.startswith('--', e)):
                j = e
                while j < n and text[j] == '-':
                    j += 1
                if j < n and _is_word(text[j]):
                    break
            e += 1
        chunks.append(text[i:e])
        i = e
    return chunks


def _split_simple(text):
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        j = i + 1
        in_ws = text[i] in _ws_set
        while j < n and (text[j] in _ws_set) == in_ws:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


class TextWrapper:
    """
    Object for wrapping/filling text.  The public interface consists of
    the wrap() and fill() methods; the other methods are just there for
    subclasses to override in order to tweak the default behaviour.
    If you want to completely replace the main wrapping algorithm,
    you'll probably have to override _wrap_chunks().
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        """Expand tabs and turn every other whitespace character into a
        space."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split the text to wrap into indivisible chunks."""
        if self.break_on_hyphens is True:
            chunks = _split_words(text)
        else:
            chunks = _split_simple(text)
        return [c for c in chunks if c]

    def _fix_sentence_endings(self, chunks):
        """Make sure a sentence end is followed by two spaces."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and self._is_sentence_end(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    @staticmethod
    def _is_sentence_end(chunk):
        if chunk and chunk[-1] in '"\'':
            chunk = chunk[:-1]
        return (len(chunk) >= 2 and chunk[-1] in '.!?' and
                'a' <= chunk[-2] <= 'z')

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Break a chunk that is too long to fit on any line."""
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len

        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Wrap a sequence of text chunks and return a list of lines of
        length 'self.width' or less."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        chunks.reverse()

        while chunks:
            cur_line = []
            cur_len = 0

            if lines:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent

            width = self.width - len(indent)

            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]

            while chunks:
                l = len(chunks[-1])
                if cur_len + l <= width:
                    cur_line.append(chunks.pop())
                    cur_len += l
                else:
                    break

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if cur_line:
                if (self.max_lines is None or
                        len(lines) + 1 < self.max_lines or
                        (not chunks or
                         self.drop_whitespace and
                         len(chunks) == 1 and
                         not chunks[0].strip()) and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    while cur_line:
                        if (cur_line[-1].strip() and
                                cur_len + len(self.placeholder) <= width):
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if (len(prev_line) + len(self.placeholder) <=
                                    self.width):
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break

        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        """Reformat the single paragraph in 'text' so it fits in lines of
        no more than 'self.width' columns, and return a list of wrapped
        lines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Reformat the single paragraph in 'text' to fit in lines of no
        more than 'self.width' columns, and return a new string containing
        the entire wrapped paragraph."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines.
    """
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string.
    """
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width.

    >>> textwrap.shorten("Hello  world!", width=12)
    'Hello world!'
    >>> textwrap.shorten("Hello  world!", width=11)
    'Hello [...]'
    """
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove any common leading whitespace from every line in `text`.

    Lines that consist solely of whitespace are normalized to a newline
    character; tabs and spaces are not treated as equal.
    """
    lines = text.split('\n')
    margin = None
    for k, line in enumerate(lines):
        stripped = line.lstrip(' \t')
        if not stripped:
            lines[k] = ''
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        m = len(margin)
        lines = [line[m:] if line.startswith(margin) else line
                 for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'.

    If 'predicate' is provided, 'prefix' will only be added to the lines
    where 'predicate(line)' is True. If 'predicate' is not provided,
    it will default to adding 'prefix' to all non-empty lines that do not
    consist solely of whitespace characters.
    """
    if predicate is None:
        def predicate(line):
            return line.strip()

    def prefixed_lines():
        for line in text.splitlines(True):
            yield (prefix + line if predicate(line) else line)
    return ''.join(prefixed_lines())
