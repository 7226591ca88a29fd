# A tokenizer, a recursive-descent parser producing an AST of node classes,
# and an evaluator for arithmetic expressions with variables, function calls,
# unary minus, power and comparison, run over generated expressions.
# Usage: expr_eval.py [ROUNDS]
import sys
import math

DEFAULT_SIZE = 3


class Token:
    __slots__ = ('kind', 'text', 'pos')

    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return 'Token(%s, %r)' % (self.kind, self.text)


def tokenize(src):
    tokens = []
    i = 0
    n = len(src)
    while i < n:
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or (c == '.' and i + 1 < n and src[i + 1].isdigit()):
            j = i
            while j < n and (src[j].isdigit() or src[j] == '.'):
                j += 1
            tokens.append(Token('num', src[i:j], i))
            i = j
        elif c.isalpha() or c == '_':
            j = i
            while j < n and (src[j].isalnum() or src[j] == '_'):
                j += 1
            tokens.append(Token('name', src[i:j], i))
            i = j
        elif src.startswith('**', i) or src[i:i + 2] in ('<=', '>=', '==', '!='):
            tokens.append(Token('op', src[i:i + 2], i))
            i += 2
        elif c in '+-*/%()<>,':
            tokens.append(Token('op', c, i))
            i += 1
        else:
            raise SyntaxError('unexpected character %r at %d' % (c, i))
    tokens.append(Token('end', '', n))
    return tokens


class Num:
    def __init__(self, value):
        self.value = value

    def eval(self, env):
        return self.value


class Var:
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        try:
            return env[self.name]
        except KeyError:
            raise NameError('name %r is not defined' % self.name) from None


class BinOp:
    OPS = {
        '+': lambda a, b: a + b, '-': lambda a, b: a - b,
        '*': lambda a, b: a * b, '/': lambda a, b: a / b,
        '%': lambda a, b: a % b, '**': lambda a, b: a ** b,
        '<': lambda a, b: int(a < b), '>': lambda a, b: int(a > b),
        '<=': lambda a, b: int(a <= b), '>=': lambda a, b: int(a >= b),
        '==': lambda a, b: int(a == b), '!=': lambda a, b: int(a != b),
    }

    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right
        self.fn = self.OPS[op]

    def eval(self, env):
        return self.fn(self.left.eval(env), self.right.eval(env))


class Neg:
    def __init__(self, operand):
        self.operand = operand

    def eval(self, env):
        return -self.operand.eval(env)


class Call:
    FUNCS = {'sqrt': math.sqrt, 'abs': abs, 'max': max, 'min': min,
             'floor': math.floor, 'sin': math.sin}

    def __init__(self, name, args):
        self.name = name
        self.args = args

    def eval(self, env):
        return self.FUNCS[self.name](*[a.eval(env) for a in self.args])


PRECEDENCE = [('<', '>', '<=', '>=', '==', '!='), ('+', '-'), ('*', '/', '%')]


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    def next(self):
        t = self.tokens[self.i]
        self.i += 1
        return t

    def peek(self):
        return self.tokens[self.i]

    def expect(self, text):
        t = self.next()
        if t.text != text:
            raise SyntaxError('expected %r at %d, got %r' % (text, t.pos, t.text))

    def parse(self):
        node = self.binary(0)
        if self.peek().kind != 'end':
            raise SyntaxError('trailing input at %d' % self.peek().pos)
        return node

    def binary(self, level):
        if level == len(PRECEDENCE):
            return self.unary()
        node = self.binary(level + 1)
        while self.peek().kind == 'op' and self.peek().text in PRECEDENCE[level]:
            op = self.next().text
            node = BinOp(op, node, self.binary(level + 1))
        return node

    def unary(self):
        if self.peek().text == '-':
            self.next()
            return Neg(self.unary())
        if self.peek().text == '+':
            self.next()
            return self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek().text == '**':
            self.next()
            return BinOp('**', base, self.unary())
        return base

    def atom(self):
        t = self.next()
        if t.kind == 'num':
            return Num(float(t.text) if '.' in t.text else int(t.text))
        if t.kind == 'name':
            if self.peek().text == '(':
                self.next()
                args = []
                if self.peek().text != ')':
                    args.append(self.binary(0))
                    while self.peek().text == ',':
                        self.next()
                        args.append(self.binary(0))
                self.expect(')')
                return Call(t.text, args)
            return Var(t.text)
        if t.text == '(':
            node = self.binary(0)
            self.expect(')')
            return node
        raise SyntaxError('unexpected %r at %d' % (t.text, t.pos))


def evaluate(src, env):
    return Parser(tokenize(src)).parse().eval(env)


def generate(state, depth):
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    if depth == 0 or state % 5 == 0:
        k = state % 4
        if k == 0:
            return state, 'x'
        if k == 1:
            return state, 'y'
        if k == 2:
            return state, '%d.%d' % (state % 50, state % 7)
        return state, str(state % 100)
    k = (state >> 3) % 8
    state, a = generate(state, depth - 1)
    state, b = generate(state, depth - 1)
    if k == 0:
        return state, '(%s + %s)' % (a, b)
    if k == 1:
        return state, '%s - %s' % (a, b)
    if k == 2:
        return state, '%s * %s' % (a, b)
    if k == 3:
        return state, 'max(%s, %s, 3)' % (a, b)
    if k == 4:
        return state, '-(%s) %% 7 + abs(%s)' % (a, b)
    if k == 5:
        return state, '(%s < %s) * 2 ** 3' % (a, b)
    if k == 6:
        return state, 'sqrt(abs(%s)) / (1 + abs(%s))' % (a, b)
    return state, 'floor(%s) + min(%s, 10)' % (a, b)


def main(rounds):
    state = 1
    exprs = []
    for i in range(60):
        state, e = generate(state, 6)
        exprs.append(e)
    total = 0.0
    for r in range(rounds):
        for j, e in enumerate(exprs):
            env = {'x': r + 1, 'y': j - 3.5}
            total += evaluate(e, env)
    print(len(max(exprs, key=len)), max(exprs, key=len)[:160])
    print('value', evaluate(exprs[3], {'x': 2, 'y': 0.5}))
    print('total %.6f' % total)
    for bad in ['1 +', '(2 * 3', '4 $ 5', 'z + 1', '2 ** -1 ** 2']:
        try:
            print(bad, '=', evaluate(bad, {'x': 1}))
        except (SyntaxError, NameError) as e:
            print(bad, '->', type(e).__name__, e)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
