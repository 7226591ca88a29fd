# Syntax errors of the match statement, through compile(): the message and
# the position CPython reports.
CASES = [
"match x:\n case y: pass\n case 1: pass",
"match x:\n case _: pass\n case 1: pass",
"match x:\n case (y as z): pass\n case 1: pass",
"match x:\n case 1 | y: pass\n case 1: pass",
"match x:\n case y | 1: pass",
"match x:\n case [a, a]: pass",
"match x:\n case [a] | b: pass",
"match x:\n case [a] | [b]: pass",
"match x:\n case f'x': pass",
"match x:\n case 1+1: pass",
"match x:\n case -1 + 2: pass",
"match x:\n case {1: a, 1: b}: pass",
"match x:\n case {'a': 1, 'a': 2}: pass",
"match x:\n case C(x=1, x=2): pass",
"match x:\n case [*a, *b]: pass",
"match x:\n case *a: pass",
"match x:\n case {**_}: pass",
"match x:\n case {**rest, 'a': 1}: pass",
"match x:\n case a.b(z=1, 2): pass",
"match x:\n case 1 as _: pass",
"match x:\n case 1 as a.b: pass",
"match x:\n case __debug__: pass",
"match x:\n case [__debug__]: pass",
"match x:\n case a if a: pass\n case b: pass\n case c: pass",
"match x:\n case a:\n  pass\n case _:\n  pass",
"match x:\n case 1j + 2: pass",
"match x:\n case 1 + 2: pass",
"match x:\n  pass",
"match x\n case 1: pass",
"match x:\n case 1\n  pass",
"match x:\ncase 1: pass",
"match x:\n case 1:\n pass",
"match x:\n case {a.b: 1, a.b: 2}: pass",
"match x:\n case {**a, **b}: pass",
"match x:\n case {0: a} | {0: b}: pass",
"match x:\n case (a, b) | (b, a): pass",
"match x:\n case (a | b): pass",
"match x:\n case _ | 1: pass",
"match x:\n case (_): pass\n case 2: pass",
"match x:\n case {'a': 1, **_}: pass",
"match x:\n case {1: 0, 1.0: 0}: pass",
"match x:\n case {True: 0, 1: 0}: pass",
"match x:\n case {-0: 0, 0: 0}: pass",
"match x:\n case b'x' | b'': pass",
"match x:\n case 1 if (y := 2): pass",
"match x:\n case [a, *_, b, *c]: pass",
]

MORE = [
"match x:\n case {f'x': 1}: pass",
"match x:\n case {**__debug__}: pass",
"match x:\n case [*__debug__]: pass",
"match x:\n case C(__debug__=1): pass",
"match x:\n case 1 | (2 as y): pass",
"match x:\n case [y, (1 as y)]: pass",
"match x:\n case {'a': y, **y}: pass",
"match x:\n case (y, *y): pass",
"match x:\n case y if True: pass\n case z: pass",
"match x:\n case [a, b] | [a, b, c]: pass",
"match x:\n case 0x10 | 0o7 | 0b1 | 1_000 | 1e3 | .5: pass",
"match x:\n case -0 | -0.0 | -1j: pass",
"match x:\n case 'a' f'b': pass",
"match x:\n case a.b.c: pass",
"match x:\n case a.b(): pass",
"match x:\n case (a.b) as c: pass",
"match x:\n case [1,]: pass",
"match x:\n case (1,): pass",
"match x:\n case {1:2,}: pass",
"match x:\n case C(1,): pass",
"match x:\n case C(a=1,): pass",
"match x:\n case C(,): pass",
"match x:\n case: pass",
"match x:\n case 1 if: pass",
"match x:\n case [1, 2] if x := 3: pass",
"match x:\n case *_: pass",
"match x:\n case *a, *b: pass",
"match x:\n case 1 + 2j + 3j: pass",
"match x:\n case -(1): pass",
"match x:\n case ~1: pass",
"match x:\n case 1.real: pass",
"match x:\n case {a: 1}: pass",
"match x:\n case {(1, 2): 1}: pass",
"match x:\n case a | b: pass",
"match x:\n case _ | _: pass",
]

MORE2 = [
"match x:\n case (*x): pass",
"match x:\n case (*x,): pass",
"match x:\n case (): pass",
"match x:\n case ((1)): pass",
"match x:\n case ((1),): pass",
"match x:\n case {}: pass\n case {**r}: pass",
"match x:\n case [*x] | (*x,): pass",
"match x:\n case 1 as x as y: pass",
"match x:\n case (1 as x) as y: pass",
"match x:\n case x.y as z: pass",
"match x:\n case 1 | 2 | 3: pass",
"match x:\n case {'a': 1 | 2}: pass",
"match x:\n case C(a=1 | 2, b=[x]): pass",
"match x:\n case None | True | False: pass",
"match x, y:\n case 1, 2: pass",
"match x,:\n case 1,: pass",
"match (yield):\n case _: pass",
"match x if y else z:\n case _: pass",
"match not x:\n case _: pass",
"match lambda: 1:\n case _: pass",
"match await x:\n case _: pass",
"match (x := 1):\n case _: pass",
"match x := 1:\n case _: pass",
]

CASES += MORE + MORE2

for src in CASES:
    try:
        compile(src, "<match>", "exec")
        print("compiles")
    except SyntaxError as e:
        print(type(e).__name__ + ":", e.msg, "| line", e.lineno, "offset", e.offset,
              "end", e.end_lineno, e.end_offset)

# The errors are raised for code nested in functions and classes too.
nested = "def f(v):\n    class C:\n        match v:\n            case [x, x]: pass\n"
try:
    compile(nested, "<match>", "exec")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
