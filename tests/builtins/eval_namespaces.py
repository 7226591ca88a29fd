# eval/exec with custom mappings for locals, nested scopes and builtins control.
class Recorder(dict):
    def __getitem__(self, k):
        print("lookup", k)
        return super().__getitem__(k)
    def __missing__(self, k):
        return f"<{k}>"
ns = Recorder(a=1)
print(eval("a + 1", {}, ns))
print(eval("undefined_name", {}, ns))
exec("b = a * 10", {}, ns)
print(dict(ns))
g = {"__builtins__": {"len": len}}
print(eval("len('abc')", g))
try:
    eval("print('no print')", g)
except NameError as e:
    print("NameError:", e)
def outer():
    v = "enclosing"
    return eval("v"), eval("[v for _ in range(1)]") if False else "skip"
print(outer())
code = "def f(n):\n    return n if n < 2 else f(n - 1) + f(n - 2)\nresult = f(15)"
env = {}
exec(code, env)
print(env["result"])
print(eval("x if x > 0 else -x", {"x": -5}), eval("[y * 2 for y in data]", {"data": (1, 2)}))
print(eval("(lambda: __name__)()", {"__name__": "fake"}))
