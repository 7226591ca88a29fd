# Functions and classes defined conditionally, redefined, and defined in loops.
import sys
if sys.maxsize > 2 ** 32:
    def word_size():
        return 64
else:
    def word_size():
        return 32
print(word_size())
def greet():
    return "first"
first = greet
def greet():
    return "second"
print(first(), greet(), first is not greet)
handlers = {}
for name in ("start", "stop"):
    def handler(n=name):
        return f"handling {n}"
    handlers[name] = handler
print(handlers["start"](), handlers["stop"]())
for i in range(2):
    class Dynamic:
        index = i
    print(Dynamic.index)
try:
    def broken():
        return undefined_later
    print(broken())
except NameError as e:
    print("NameError:", e)
def maybe(flag):
    if flag:
        def inner():
            return "defined"
    return inner() if flag else "not defined"
print(maybe(True), maybe(False))
