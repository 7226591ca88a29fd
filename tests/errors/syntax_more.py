# More syntax errors from compile(), including 3.11's specific messages.
cases = [
    "x = [i for i in range(3)",
    "f(**kwargs, *args)",
    "a = 1 if b",
    "for x in range(3) print(x)",
    "True = 1",
    "__debug__ = 1",
    "del 1",
    "x.1",
    "lambda x=1, y: 0",
    "class C(x for x in y): pass",
    "def f():\n  yield = 3",
    "a + 1 = 2",
    "x = 1 +\\\n",
    "if x = 1: pass",
    "while x := 1 pass",
    "print(a b)",
    "[x for x in]",
    "{1: 2, 3}",
    "f(a for a in b for)",
    "def f(x, *):\n    pass",
    "@\ndef f(): pass",
    "x = 3 ** ** 2",
    "'%s' % (1,",
    "return",
    "with x as (a, b: pass",
    "import a as b as c",
]
for src in cases:
    try:
        compile(src, "<more>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, repr(e.msg), e.lineno, e.offset)
