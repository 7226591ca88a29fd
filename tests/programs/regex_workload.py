# A small regular-expression engine written without re: a parser for
# literals, '.', classes [a-z], anchors, groups with alternation and the
# quantifiers * + ? {m,n} (greedy and lazy), compiled to a node tree and run
# by a backtracking matcher with continuations; then search/findall/sub over
# a generated text.
# Usage: regex_workload.py [ROUNDS]
import sys

DEFAULT_SIZE = 1


class Parser:
    def __init__(self, pattern):
        self.p = pattern
        self.i = 0
        self.ngroups = 0

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else None

    def parse(self):
        node = self.alternation()
        if self.i != len(self.p):
            raise ValueError('unbalanced parenthesis at position %d' % self.i)
        return node

    def alternation(self):
        branches = [self.sequence()]
        while self.peek() == '|':
            self.i += 1
            branches.append(self.sequence())
        return branches[0] if len(branches) == 1 else ('alt', branches)

    def sequence(self):
        items = []
        while self.peek() is not None and self.peek() not in '|)':
            items.append(self.quantified())
        return ('seq', items)

    def quantified(self):
        atom = self.atom()
        c = self.peek()
        if c in ('*', '+', '?', '{'):
            if c == '{':
                j = self.p.index('}', self.i)
                body = self.p[self.i + 1:j]
                if ',' in body:
                    lo, hi = body.split(',')
                    lo = int(lo) if lo else 0
                    hi = int(hi) if hi else None
                else:
                    lo = hi = int(body)
                self.i = j + 1
            else:
                lo, hi = {'*': (0, None), '+': (1, None), '?': (0, 1)}[c]
                self.i += 1
            greedy = True
            if self.peek() == '?':
                greedy = False
                self.i += 1
            return ('repeat', atom, lo, hi, greedy)
        return atom

    def atom(self):
        c = self.p[self.i]
        self.i += 1
        if c == '(':
            self.ngroups += 1
            n = self.ngroups
            node = self.alternation()
            if self.peek() != ')':
                raise ValueError('missing ), unterminated subpattern')
            self.i += 1
            return ('group', n, node)
        if c == '.':
            return ('any',)
        if c == '^':
            return ('bol',)
        if c == '$':
            return ('eol',)
        if c == '[':
            return self.char_class()
        if c == '\\':
            e = self.p[self.i]
            self.i += 1
            if e == 'd':
                return ('set', frozenset('0123456789'), False)
            if e == 'w':
                return ('set', WORD, False)
            if e == 's':
                return ('set', frozenset(' \t\n'), False)
            return ('char', e)
        return ('char', c)

    def char_class(self):
        negate = False
        if self.peek() == '^':
            negate = True
            self.i += 1
        chars = set()
        first = True
        while first or self.peek() != ']':
            first = False
            c = self.p[self.i]
            if self.i + 2 < len(self.p) and self.p[self.i + 1] == '-' and self.p[self.i + 2] != ']':
                for o in range(ord(c), ord(self.p[self.i + 2]) + 1):
                    chars.add(chr(o))
                self.i += 3
            else:
                chars.add(c)
                self.i += 1
        self.i += 1
        return ('set', frozenset(chars), negate)


WORD = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')


class Regex:
    def __init__(self, pattern):
        parser = Parser(pattern)
        self.tree = parser.parse()
        self.ngroups = parser.ngroups
        self.pattern = pattern

    def match_at(self, text, pos):
        groups = [None] * (self.ngroups + 1)
        end = m(self.tree, text, pos, groups, lambda p: p)
        if end is None:
            return None
        groups[0] = (pos, end)
        return Match(text, groups)

    def search(self, text, start=0):
        for pos in range(start, len(text) + 1):
            r = self.match_at(text, pos)
            if r is not None:
                return r
        return None

    def findall(self, text):
        result = []
        pos = 0
        while pos <= len(text):
            r = self.search(text, pos)
            if r is None:
                break
            result.append(r.group(1) if self.ngroups else r.group(0))
            s, e = r.span()
            pos = e if e > s else e + 1
        return result

    def sub(self, repl, text):
        out = []
        pos = 0
        while pos <= len(text):
            r = self.search(text, pos)
            if r is None:
                break
            s, e = r.span()
            out.append(text[pos:s])
            out.append(repl(r) if callable(repl) else repl)
            if e == s:
                if s < len(text):
                    out.append(text[s])
                pos = e + 1
            else:
                pos = e
        out.append(text[pos:])
        return ''.join(out)


class Match:
    def __init__(self, text, groups):
        self.text = text
        self.groups = groups

    def group(self, n=0):
        g = self.groups[n]
        return None if g is None else self.text[g[0]:g[1]]

    def span(self):
        return self.groups[0]


def m(node, text, pos, groups, k):
    """Match node at pos, then call the continuation k; None means fail."""
    kind = node[0]
    if kind == 'char':
        if pos < len(text) and text[pos] == node[1]:
            return k(pos + 1)
        return None
    if kind == 'seq':
        return seq(node[1], 0, text, pos, groups, k)
    if kind == 'set':
        if pos < len(text) and ((text[pos] in node[1]) != node[2]):
            return k(pos + 1)
        return None
    if kind == 'any':
        if pos < len(text) and text[pos] != '\n':
            return k(pos + 1)
        return None
    if kind == 'alt':
        for b in node[1]:
            r = m(b, text, pos, groups, k)
            if r is not None:
                return r
        return None
    if kind == 'group':
        n = node[1]
        saved = groups[n]
        def close(end):
            old = groups[n]
            groups[n] = (pos, end)
            r = k(end)
            if r is None:
                groups[n] = old
            return r
        r = m(node[2], text, pos, groups, close)
        if r is None:
            groups[n] = saved
        return r
    if kind == 'repeat':
        return repeat(node, 0, text, pos, groups, k)
    if kind == 'bol':
        return k(pos) if pos == 0 or text[pos - 1] == '\n' else None
    if kind == 'eol':
        return k(pos) if pos == len(text) or text[pos] == '\n' else None
    raise ValueError(kind)


def seq(items, i, text, pos, groups, k):
    if i == len(items):
        return k(pos)
    return m(items[i], text, pos, groups,
             lambda p: seq(items, i + 1, text, p, groups, k))


def repeat(node, count, text, pos, groups, k):
    _, atom, lo, hi, greedy = node
    def more(p):
        if p == pos and count >= lo:
            return None
        return repeat(node, count + 1, text, p, groups, k)
    if count < lo:
        return m(atom, text, pos, groups, more)
    can_more = hi is None or count < hi
    if greedy:
        if can_more:
            r = m(atom, text, pos, groups, more)
            if r is not None:
                return r
        return k(pos)
    r = k(pos)
    if r is not None or not can_more:
        return r
    return m(atom, text, pos, groups, more)


def make_text(n):
    state = 7
    words = ['the', 'quick', 'brown', 'fox', 'jumps', 'over', 'lazy', 'dog',
             'mail', 'user', 'example', 'org', 'net']
    out = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        k = state % 20
        if k == 0:
            out.append('%s.%s@%s.%s' % (words[state % 7], words[(state >> 4) % 13],
                                        words[(state >> 8) % 13], words[11 + (state >> 3) % 2]))
        elif k == 1:
            out.append('%d-%02d-%02d' % (1990 + state % 30, 1 + (state >> 5) % 12, 1 + (state >> 9) % 28))
        elif k == 2:
            out.append('(%d)' % (state % 10000))
        else:
            out.append(words[state % 8])
        if i % 12 == 11:
            out.append('\n')
    return ' '.join(out)


def main(rounds):
    text = make_text(1500)
    patterns = [
        (r'(\w+)@(\w+)\.(org|net)', None),
        (r'(\d{4})-(\d\d)-(\d\d)', None),
        (r'\((\d+)\)', None),
        (r'q[a-z]*k', None),
        (r'^(\w+)', None),
        (r'(o+)', None),
        (r'b.*?n', None),
        (r'[^ \n]{6,}', None),
        (r'(fox|dog) (jumps|over)', None),
    ]
    compiled = [Regex(p) for p, _ in patterns]
    for r in range(rounds):
        results = [rx.findall(text) for rx in compiled]
        replaced = compiled[1].sub(lambda mt: mt.group(3) + '/' + mt.group(2) + '/' + mt.group(1), text)
    for (p, _), res in zip(patterns, results):
        print('%-28s %5d %s' % (p, len(res), res[:3]))
    print(replaced[:120].replace('\n', '|'))
    print(len(replaced), Regex('a|b)').ngroups if False else '')
    for bad in ['(ab', 'a)b']:
        try:
            Regex(bad)
        except ValueError as e:
            print('error', bad, e)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
