# format() builtin with types that implement __format__ and defaults.
print(format(5), format(5, "03"), format(3.5, "e"), format("s", ">3"), format([1], ""), format(None, ""))
class F:
    def __format__(self, spec):
        return f"F[{spec}]"
print(format(F()), format(F(), "xyz"), f"{F():abc}", "{:q}".format(F()))
class BadF:
    def __format__(self, spec):
        return 1
try:
    format(BadF())
except TypeError as e:
    print(e)
try:
    format(1, 2)
except TypeError as e:
    print(e)
print(format(True, "d"), format(True, ""), format(1.0, ""), format(1e20, ""), format(1 + 1j, ""))
