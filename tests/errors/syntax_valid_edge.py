# Unusual but valid syntax that must compile and run.
src_cases = [
    "x = (yield)" if False else "x = 1",
    "def f(a, /, b, *, c): return a, b, c",
    "def g(*, a=1): pass",
    "def h(a, /): pass",
    "lambda: (yield)",
    "x = [*a] if False else 0",
    "f = lambda *a, **k: (a, k)",
    "a = b = c = 1",
    "x = 1 if 1 else 2 if 2 else 3",
    "print(*[1], **{})",
    "x = not not not 0",
    "x = - - - 1",
    "x = 1 < 2 < 3 < 4",
    "class C(): pass",
    "class D(object, metaclass=type): pass",
    "def f():\n    return\n",
    "if 1: pass\nelif 2: pass\nelse: pass",
    "for x in []: pass\nelse: pass",
    "x = [i for i in range(3) if i if i > 0]",
    "x = {**{}, 'a': 1, **{'b': 2}}",
    "x = 1; y = 2;",
    "@(lambda f: f)\ndef f(): pass",
    "x: int",
    "(x) = 1",
    "[x] = [1]",
    "x = ((((((1))))))",
    "with (open) as f: pass" if False else "pass",
    "del (a), [b]" if False else "a = b = 1\ndel (a), [b]",
    "x = 0 if 1 else lambda: 0",
    "assert 1, (1, 2)",
    "x = 1 if True else (yield) if False else 2" if False else "x = ...",
    "global q\nq = 1",
    "import sys as s, math as m",
    "from math import (floor,\n    ceil,)",
]
for src in src_cases:
    try:
        code = compile(src, "<valid>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print("UNEXPECTED", repr(src), e)
ns = {}
exec("def f(a, /, b, *, c): return a, b, c", ns)
print(ns["f"](1, 2, c=3))
