# compile() modes, flags-free use, exec with namespaces, code object reuse.
src = """
total = 0
for i in range(5):
    total += i
result = total * 2
"""
code = compile(src, "<loop>", "exec")
ns = {}
exec(code, ns)
print(ns["total"], ns["result"])
ns2 = {"__builtins__": __builtins__}
exec(code, ns2)
print(ns2["result"])
e = compile("a * b + 1", "<e>", "eval")
print(eval(e, {"a": 3, "b": 4}), eval(e, {}, {"a": 1, "b": 1}))
print(code.co_filename, e.co_filename, type(code).__name__)
exec("def f(x):\n    return x + 1", ns)
print(ns["f"](1), ns["f"].__name__)
exec("class K:\n    v = 3", ns)
print(ns["K"].v)
loc = {}
exec("x = 5\ny = x * 2", {}, loc)
print(sorted(loc.items()))
for mode in ("exec", "eval", "single"):
    print(mode, type(compile("1", "<m>", mode)).__name__)
try:
    compile("1", "<m>", "badmode")
except ValueError as e:
    print(e)
try:
    compile("x = ", "<bad>", "exec")
except SyntaxError as err:
    print(type(err).__name__, err.msg, err.filename, err.lineno)
print(eval("__name__"), eval("__name__", {"__name__": "custom"}))
exec("print('exec prints', 1 + 1)")
exec(compile("import math\nprint(math.floor(2.5))", "<imp>", "exec"), {})
