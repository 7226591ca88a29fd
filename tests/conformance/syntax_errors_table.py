bad = ['1 +', 'def f(:', 'x = (1, 2', 'if x\n  pass', 'return 5', 'break', 'continue', 'yield 1', 'x = 1 = 2', 'f() = 1', 'del f()',
       'a + 1 = 2', 'None = 1', 'True = 0', '(a, b) += 1', 'lambda: (yield)', 'def f():\n  nonlocal x', 'nonlocal x', 'def f(a, a): pass',
       'def f(a=1, b): pass', 'f(a=1, 2)', 'f(**k, *a)', "x = 'unterminated", '"""never closed', 'class C(x for x in y): pass',
       '  indented', 'if 1:\npass', 'if 1:\n    a\n  b', 'for x in 1:\n\tpass\n        pass', 'x = $', '1abc', '0777', '1__0', '5 5',
       'print "hi"', 'import', 'from x import', 'from . import *\ndef f(): from x import *', 'a = [1, 2', 'a = }', 'else:', 'try:\n  pass',
       'x := 5', '[x := 1 for x in y]', 'def f(*): pass', 'def f(*, **k): pass', 'f(x for x in y, 1)', "f'{'", "f'{}'", "f'{a!x}'",
       'a.1', '`x`', 'x = yield = 1', 'async = 1' if False else 'with x as 1: pass', 'global x\nx = 1\ndef g():\n  x = 1\n  global x',
       'def f():\n  x = 1\n  global x', '*a = 1', '*a, *b = c', 'a, *b, *c = d', 'del *a', 'assert(x, "m")' if False else 'x = *a',
       '(*a)', 'print(*)', 'f(=1)', 'import a.b as', 'def f()\n  pass', 'while True print(1)', 'x +=', '@\ndef f(): pass', 'u"x" b"y"', "b'é'"]
for src in bad:
    try:
        compile(src, '<test>', 'exec')
        print(repr(src), 'compiled OK')
    except SyntaxError as e:
        print(repr(src)[:30].ljust(32), type(e).__name__, '|', e.msg, '|', e.lineno, e.offset)
