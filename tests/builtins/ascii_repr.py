# repr() and ascii() of many values.
vals = [1, -2.5, "str", "it's", "é", "😀", b"b", bytearray(b"ba"), [1, "a"], (1,), (), {"k": "é"}, {1, 2},
        None, True, ..., NotImplemented, 1j, range(2), slice(1, 2), frozenset(), set(), [[]], {"a": [1, {"b": ()}]}]
for v in vals:
    print(repr(v), ascii(v))
class C:
    def __repr__(self):
        return "C<é>"
print(repr(C()), ascii(C()), repr([C()]), ascii([C()]))
print(repr(int), repr(len), repr(ValueError), repr(ValueError("m")), repr(KeyError("k")))
print(repr(Exception()), repr(Exception(1, "two")), repr(StopIteration(5)), repr(OSError(2, "No such file")))
