# Statements in the wrong place and invalid targets.
cases = [
    "return 1",
    "yield 1",
    "break",
    "continue",
    "def f():\n    break",
    "for x in y:\n    def g():\n        continue",
    "class C:\n    return 1",
    "nonlocal x",
    "def f():\n    nonlocal y",
    "def f():\n    x = 1\n    global x",
    "def f(x):\n    global x",
    "def f(a, a): pass",
    "def f(a=1, b): pass",
    "def f(*, **k): pass",
    "def f(**k, a): pass",
    "def f(*a, *b): pass",
    "f(a=1, 2)",
    "f(a=1, a=2)",
    "f(x for x in y, 1)",
    "x += 1, 2 = 3",
    "[a, b] += [1, 2]",
    "(yield) = 1",
    "a, *b, *c = d",
    "*a = b",
    "del *a",
    "async = 1" if False else "x = yield = 1",
    "try:\n    pass",
    "try:\n    pass\nfinally:\n    pass\nexcept:\n    pass",
    "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass",
    "with open() as 1: pass",
    "import a.b as",
    "from . import *" ,
    "def f():\n    from m import *",
    "x = {**a: 1}",
    "assert(x, 'msg') = 1",
    "f(x=)",
    "print 'hello'",
    "exec 'code'",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, repr(e.msg), e.lineno, e.offset)
