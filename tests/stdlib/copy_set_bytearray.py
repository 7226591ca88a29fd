# copy and deepcopy keep the contents of sets, frozensets and bytearrays
# (they go through __reduce__ / __reduce_ex__).
import copy

nested = {"k": [1, {2, 3}], "f": frozenset({4}), "b": bytearray(b"ab")}
d = copy.deepcopy(nested)
print(d == nested, d["k"][1] is nested["k"][1], sorted(d["k"][1]), d["f"], d["b"])
print(copy.deepcopy({5}), copy.deepcopy(frozenset()), copy.deepcopy(bytearray()))


class Tagged(set):
    pass


s = Tagged([3, 1])
s.note = "n"
for f in (copy.copy, copy.deepcopy):
    c = f(s)
    print(f.__name__, type(c).__name__, sorted(c), c.note, c is s)


class Buf(bytearray):
    pass


b = Buf(b"\x00\xffz")
b.size_hint = 3
print(b.__reduce__())
print(b.__reduce_ex__(2))
print(b.__reduce_ex__(4))
print(bytearray().__reduce_ex__(3), bytearray().__reduce__())
c = copy.deepcopy(b)
print(type(c).__name__, c, c.size_hint)
print({7, 8}.__reduce__()[0].__name__, sorted({7, 8}.__reduce__()[1][0]))
print(frozenset("a").__reduce__(), set().__reduce_ex__(2))
try:
    set().__reduce__(1)
except TypeError as e:
    print("TypeError:", e)
