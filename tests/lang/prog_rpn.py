# A stack-based RPN interpreter with user-defined words.
class Forth:
    def __init__(self):
        self.stack = []
        self.words = {}
        self.ops = {
            "+": lambda a, b: a + b, "-": lambda a, b: a - b,
            "*": lambda a, b: a * b, "/": lambda a, b: a // b,
        }
    def run(self, src):
        toks = src.split()
        i = 0
        while i < len(toks):
            t = toks[i].lower()
            if t == ":":
                end = toks.index(";", i)
                self.words[toks[i + 1].lower()] = toks[i + 2:end]
                i = end + 1
                continue
            if t in self.words:
                self.run(" ".join(self.words[t]))
            elif t in self.ops:
                if len(self.stack) < 2:
                    raise IndexError("stack underflow")
                b, a = self.stack.pop(), self.stack.pop()
                self.stack.append(self.ops[t](a, b))
            elif t == "dup":
                self.stack.append(self.stack[-1])
            elif t == "swap":
                self.stack[-2:] = self.stack[:-3:-1]
            elif t == "drop":
                self.stack.pop()
            else:
                self.stack.append(int(t))
            i += 1
        return self.stack
for prog in ["1 2 +", "3 4 5 * -", ": sq dup * ; 7 sq", "1 2 swap", "10 3 /",
             ": cube dup sq * ; : sq dup * ; 3 cube", "1 +", "5 0 /", "x"]:
    f = Forth()
    try:
        print(prog, "->", f.run(prog))
    except (IndexError, ZeroDivisionError, ValueError) as e:
        print(prog, "->", type(e).__name__, e)
