# A tiny compiler from arithmetic expressions to a stack machine, and its interpreter.
import math
OPS = {"+": (1, lambda a, b: a + b), "-": (1, lambda a, b: a - b), "*": (2, lambda a, b: a * b),
       "/": (2, lambda a, b: a / b), "^": (3, lambda a, b: a ** b)}
def to_rpn(tokens):
    out, stack = [], []
    for t in tokens:
        if t in OPS:
            while stack and stack[-1] in OPS and (OPS[stack[-1]][0] > OPS[t][0] or
                                                   (OPS[stack[-1]][0] == OPS[t][0] and t != "^")):
                out.append(stack.pop())
            stack.append(t)
        elif t == "(":
            stack.append(t)
        elif t == ")":
            while stack[-1] != "(":
                out.append(stack.pop())
            stack.pop()
        else:
            out.append(float(t) if "." in t else int(t))
    while stack:
        out.append(stack.pop())
    return out
def compile_rpn(rpn):
    code = []
    for t in rpn:
        code.append(("BINOP", t) if t in OPS else ("PUSH", t))
    code.append(("RETURN", None))
    return code
def run(code):
    stack, pc, steps = [], 0, 0
    while True:
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == "PUSH":
            stack.append(arg)
        elif op == "BINOP":
            b = stack.pop()
            a = stack.pop()
            stack.append(OPS[arg][1](a, b))
        elif op == "RETURN":
            return stack.pop(), steps
for src in ["1 + 2 * 3", "( 1 + 2 ) * 3", "2 ^ 3 ^ 2", "10 / 4 - 1", "2 * ( 3 + 4 ) ^ 2 - 1.5", "7"]:
    rpn = to_rpn(src.split())
    code = compile_rpn(rpn)
    print(f"{src:<26} rpn={' '.join(map(str, rpn)):<22} -> {run(code)}")
print(math.isclose(run(compile_rpn(to_rpn("1 / 3 * 3".split())))[0], 1.0))
