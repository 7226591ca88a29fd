# "single" mode prints expression values through sys.displayhook.
import sys
exec(compile("1 + 1", "<single>", "single"))
exec(compile("'text'", "<single>", "single"))
exec(compile("None", "<single>", "single"))
exec(compile("[1, 2]", "<single>", "single"))
exec(compile("x = 5", "<single>", "single"))
exec(compile("x * 2", "<single>", "single"))
seen = []
def hook(value):
    seen.append(value)
old = sys.displayhook
sys.displayhook = hook
exec(compile("40 + 2", "<single>", "single"))
exec(compile("'custom'", "<single>", "single"))
sys.displayhook = old
print(seen)
try:
    compile("a = 1\nb = 2", "<single>", "single")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
exec(compile("for i in range(2): i\n", "<single>", "single"))
exec(compile("if True:\n    7\n", "<single>", "single"))
