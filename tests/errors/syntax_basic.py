# Common syntax errors reported by compile(): message, line and column.
cases = [
    "x = ",
    "1 +",
    "def f(:\n    pass",
    "if True\n    pass",
    "while x\n    pass",
    "for x in y\n    pass",
    "class C\n    pass",
    "x = (1, 2",
    "x = [1, 2",
    "x = {1: 2",
    "print('unclosed)",
    "x = 1 2",
    "return_ = 5\nfoo bar",
    "a b c",
    "x = )",
    "f(**)",
    "1 = x",
    "None = 1",
    "f() = 1",
    "del f()",
    "(a, b) += 1",
    "x = 5 +* 3",
    "import",
    "from x import",
    "lambda x: (yield)",
    "def f():\n    x = 1\n   y = 2",
    "else: pass",
    "x = 'abc",
    '"""never closed',
    "0777",
    "1__0",
    "1.e",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, repr(e.msg), e.lineno, e.offset)
