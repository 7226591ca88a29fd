# A recursive-descent expression evaluator with its own tokenizer.
def tokenize(s):
    tokens, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            tokens.append(float(s[i:j]) if "." in s[i:j] else int(s[i:j]))
            i = j
        elif c in "+-*/()^%":
            tokens.append(c)
            i += 1
        else:
            raise SyntaxError(f"bad character {c!r} at {i}")
    return tokens
class Parser:
    def __init__(self, tokens):
        self.t = tokens
        self.i = 0
    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else None
    def take(self):
        self.i += 1
        return self.t[self.i - 1]
    def expr(self):
        v = self.term()
        while self.peek() in ("+", "-"):
            v = v + self.term() if self.take() == "+" else v - self.term()
        return v
    def term(self):
        v = self.power()
        while self.peek() in ("*", "/", "%"):
            op = self.take()
            r = self.power()
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v
    def power(self):
        b = self.unary()
        if self.peek() == "^":
            self.take()
            return b ** self.power()
        return b
    def unary(self):
        if self.peek() == "-":
            self.take()
            return -self.unary()
        if self.peek() == "(":
            self.take()
            v = self.expr()
            if self.take() != ")":
                raise SyntaxError("expected )")
            return v
        return self.take()
def calc(s):
    try:
        return Parser(tokenize(s)).expr()
    except (SyntaxError, ZeroDivisionError, TypeError, IndexError) as e:
        return f"error: {type(e).__name__}: {e}"
for e in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-(4 - 6) * 2.5", "7 % 3 + 10 / 4",
          "1 / 0", "2 $ 3", "2 ^ 100", "((1)", "0.1 + 0.2"]:
    print(e, "=", calc(e))
