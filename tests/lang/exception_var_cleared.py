# The name bound by "except ... as e" is deleted at the end of the handler.
e = "global e before"
try:
    raise ValueError("v")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
def f():
    x = 1
    try:
        1 / 0
    except ZeroDivisionError as x:
        pass
    try:
        return x
    except UnboundLocalError as err:
        return "unbound: " + str(err)
print(f())
saved = None
try:
    raise KeyError("k")
except KeyError as exc:
    saved = exc
print(repr(saved), "exc" in dir())
for i in range(2):
    try:
        raise IndexError(i)
    except IndexError as loop_e:
        last = loop_e
print(repr(last), "loop_e" in globals())
