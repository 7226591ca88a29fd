# bool is a subclass of int with its own repr.
print(True, False, repr(True), str(False), int(True), float(False))
print(True + True, True * 10, -True, True / 2, True // 1, True % 2, True ** 3)
print(True and False, True or False, not True, True & False, True | False, True ^ True)
print(type(True & False).__name__, type(True + 0).__name__, type(~True).__name__)
print(bool(), bool(0), bool(1), bool(-1), bool(""), bool("0"), bool([]), bool(None))
print(True == 1, False == 0, True is bool(1), isinstance(False, int), issubclass(bool, int))
print(sum([True, True, False, True]), [1, 2, 3][True], {True: "yes"}[1])
print(True > False, max(True, 2), sorted([True, False, 0, 1]))
print(hash(True) == hash(1), bool.__name__, bool.__mro__)
try:
    class B(bool): pass
except TypeError as e:
    print(e)
print(f"{True}", f"{True:d}", f"{False!r}", "%s %d" % (True, True), format(True, ">6"))
print(True.real, True.bit_length(), (True).conjugate())
