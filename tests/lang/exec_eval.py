# exec and eval with global and local namespaces.
print(eval("1 + 2 * 3"))
print(eval("x * 2", {"x": 21}))
ns = {}
exec("a = 5\ndef sq(n):\n    return n * n\nb = sq(a)", ns)
print(ns["a"], ns["b"], "sq" in ns, "__builtins__" in ns)
g = {"v": 1}
l = {"v": 2}
print(eval("v", g, l), eval("v", g))
exec("w = v + 10", g, l)
print(l["w"], "w" in g)
code = compile("print('compiled', 7)", "<string>", "exec")
exec(code)
expr = compile("3 ** 4", "<expr>", "eval")
print(eval(expr), type(code).__name__)
single = compile("1 + 1", "<single>", "single")
print(type(single).__name__)
print(eval("[i for i in range(3)]"))
x = 100
def f():
    x = 1
    return eval("x")
print(f())
print(eval("len('abc')", {}))
try:
    eval("undefined_thing")
except NameError as e:
    print(e)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)
exec("global_from_exec = 'yes'")
print(global_from_exec)
print(eval("  42  "), eval(b"7"))
print(eval("lambda q: q + 1")(1))
