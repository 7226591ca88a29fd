# IndentationError and TabError cases.
cases = [
    "if x:\npass",
    "def f():\nreturn 1",
    "  x = 1",
    "x = 1\n    y = 2",
    "if x:\n        a = 1\n    b = 2",
    "for i in r:\n    pass\n  pass",
    "class C:\n\n",
    "def f():\n    '''doc'''\n  x = 1",
    "if x:\n\tpass\n        pass",
    "while 1:\n# comment only\n",
    "try:\nx = 1",
    "if a:\n    pass\nelse:\npass",
    "def f():\n    pass\n      x = 2",
]
for src in cases:
    try:
        compile(src, "<indent>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, repr(e.msg), e.lineno, e.offset, isinstance(e, IndentationError))
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
