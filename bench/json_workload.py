# A hand-written JSON encoder and decoder round-tripping nested documents of
# dicts, lists, strings with escapes, ints, floats, booleans and null.
# Usage: json_workload.py [ROUNDS]
import sys

DEFAULT_SIZE = 80

ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t',
           '\b': '\\b', '\f': '\\f'}
UNESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n',
             'r': '\r', 't': '\t'}


def encode_string(s):
    out = ['"']
    for ch in s:
        e = ESCAPES.get(ch)
        if e is not None:
            out.append(e)
        elif ch < ' ' or ch > '~':
            c = ord(ch)
            if c > 0xFFFF:
                c -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xD800 | (c >> 10), 0xDC00 | (c & 0x3FF)))
            else:
                out.append('\\u%04x' % c)
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def encode(obj, indent=None, level=0):
    if obj is None:
        return 'null'
    if obj is True:
        return 'true'
    if obj is False:
        return 'false'
    if isinstance(obj, int):
        return str(obj)
    if isinstance(obj, float):
        return repr(obj)
    if isinstance(obj, str):
        return encode_string(obj)
    if indent is None:
        sep, pre, post = ', ', '', ''
    else:
        pre = '\n' + ' ' * (indent * (level + 1))
        post = '\n' + ' ' * (indent * level)
        sep = ',' + pre
    if isinstance(obj, (list, tuple)):
        if not obj:
            return '[]'
        return '[' + pre + sep.join(encode(v, indent, level + 1) for v in obj) + post + ']'
    if isinstance(obj, dict):
        if not obj:
            return '{}'
        items = [encode_string(str(k)) + ': ' + encode(v, indent, level + 1)
                 for k, v in obj.items()]
        return '{' + pre + sep.join(items) + post + '}'
    raise TypeError(f'Object of type {type(obj).__name__} is not JSON serializable')


class DecodeError(ValueError):
    pass


class Decoder:
    def __init__(self, text):
        self.s = text
        self.i = 0

    def error(self, msg):
        raise DecodeError('%s: line 1 column %d (char %d)' % (msg, self.i + 1, self.i))

    def skip(self):
        s = self.s
        n = len(s)
        i = self.i
        while i < n and s[i] in ' \t\n\r':
            i += 1
        self.i = i

    def decode(self):
        self.skip()
        v = self.value()
        self.skip()
        if self.i != len(self.s):
            self.error('Extra data')
        return v

    def value(self):
        self.skip()
        if self.i >= len(self.s):
            self.error('Expecting value')
        c = self.s[self.i]
        if c == '{':
            return self.object()
        if c == '[':
            return self.array()
        if c == '"':
            return self.string()
        if c == 't' and self.s.startswith('true', self.i):
            self.i += 4
            return True
        if c == 'f' and self.s.startswith('false', self.i):
            self.i += 5
            return False
        if c == 'n' and self.s.startswith('null', self.i):
            self.i += 4
            return None
        if c == '-' or c.isdigit():
            return self.number()
        self.error('Expecting value')

    def number(self):
        s = self.s
        start = self.i
        i = start
        if s[i] == '-':
            i += 1
        while i < len(s) and s[i].isdigit():
            i += 1
        is_float = False
        if i < len(s) and s[i] == '.':
            is_float = True
            i += 1
            while i < len(s) and s[i].isdigit():
                i += 1
        if i < len(s) and s[i] in 'eE':
            is_float = True
            i += 1
            if s[i] in '+-':
                i += 1
            while i < len(s) and s[i].isdigit():
                i += 1
        self.i = i
        text = s[start:i]
        return float(text) if is_float else int(text)

    def string(self):
        s = self.s
        i = self.i + 1
        chunks = []
        while True:
            j = i
            while s[j] != '"' and s[j] != '\\':
                j += 1
            chunks.append(s[i:j])
            if s[j] == '"':
                self.i = j + 1
                return ''.join(chunks)
            esc = s[j + 1]
            if esc == 'u':
                c = int(s[j + 2:j + 6], 16)
                i = j + 6
                if 0xD800 <= c < 0xDC00 and s[i:i + 2] == '\\u':
                    c2 = int(s[i + 2:i + 6], 16)
                    c = 0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00)
                    i += 6
                chunks.append(chr(c))
            else:
                if esc not in UNESCAPES:
                    self.i = j
                    self.error('Invalid \\escape')
                chunks.append(UNESCAPES[esc])
                i = j + 2

    def array(self):
        self.i += 1
        result = []
        self.skip()
        if self.s[self.i] == ']':
            self.i += 1
            return result
        while True:
            result.append(self.value())
            self.skip()
            c = self.s[self.i]
            self.i += 1
            if c == ']':
                return result
            if c != ',':
                self.i -= 1
                self.error("Expecting ',' delimiter")

    def object(self):
        self.i += 1
        result = {}
        self.skip()
        if self.s[self.i] == '}':
            self.i += 1
            return result
        while True:
            self.skip()
            if self.s[self.i] != '"':
                self.error('Expecting property name enclosed in double quotes')
            key = self.string()
            self.skip()
            if self.s[self.i] != ':':
                self.error("Expecting ':' delimiter")
            self.i += 1
            result[key] = self.value()
            self.skip()
            c = self.s[self.i]
            self.i += 1
            if c == '}':
                return result
            if c != ',':
                self.i -= 1
                self.error("Expecting ',' delimiter")


def decode(text):
    return Decoder(text).decode()


def make_document(seed, depth):
    state = seed
    def rand(n):
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return state % n
    words = ['alpha', 'beta', 'gamma', 'delta', 'tab\there', 'quote"d',
             'back\\slash', 'new\nline', 'caf\u00e9', '\u65e5\u672c', 'emoji\U0001F600']
    def build(d):
        k = rand(7)
        if d == 0 or k < 2:
            k2 = rand(6)
            if k2 == 0:
                return rand(100000) - 50000
            if k2 == 1:
                return rand(10000) / 64.0
            if k2 == 2:
                return words[rand(len(words))]
            if k2 == 3:
                return [True, False, None][rand(3)]
            return words[rand(len(words))] + str(rand(1000))
        if k < 4:
            return [build(d - 1) for _ in range(rand(6))]
        return {words[rand(len(words))] + str(i): build(d - 1) for i in range(rand(6))}
    return {'id': seed, 'items': [build(depth) for _ in range(8)]}


def main(rounds):
    docs = [make_document(s, 5) for s in range(1, 11)]
    total = 0
    for r in range(rounds):
        for doc in docs:
            text = encode(doc)
            back = decode(text)
            if back != doc:
                print('round trip failed for', doc['id'])
            total += len(text)
    pretty = encode(docs[0], indent=2)
    print(pretty[:400])
    print('pretty lines', pretty.count('\n'), 'compact total', total)
    for bad in ['{"a": 1,}', '[1 2]', '{"a" 1}', '"bad \\q"', '[1] x']:
        try:
            decode(bad)
        except DecodeError as e:
            print('error', repr(bad), '->', e)
    try:
        encode({'x': {1, 2}})
    except TypeError as e:
        print('TypeError', e)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
