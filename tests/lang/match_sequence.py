# The match statement: sequence patterns, with and without a star.


def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x!r}"
        case [x, y]:
            return f"two {x!r} {y!r}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long {first!r} {middle!r} {last!r}"
        case (a, b, *rest):
            return f"three+ {a!r} {b!r} {rest!r}"
        case _:
            return "not a sequence"


for v in [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], range(5), range(7),
          "ab", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, 7]:
    print(repr(v), seq(v))
print("iterator:", seq(iter([1, 2])))


# The star binds a list, even for tuples and ranges.
match (1, 2, 3):
    case (*init, last):
        print(init, last, type(init).__name__)
match range(4):
    case [*_, a, b]:
        print("ends with", a, b)
match [1, 2, 3, 4, 5]:
    case [1, *_, 5]:
        print("1 ... 5")
match [1, 2]:
    case [_, _, *_]:
        print("at least two")
match [0]:
    case [_, _, *_]:
        print("no")
    case [*_]:
        print("any sequence")

# Nested sequences.
match [1, [2, [3, 4]], (5,)]:
    case [a, [b, [c, d]], (e,)]:
        print(a, b, c, d, e)

# Sub-patterns against items.
match [1, "x", None]:
    case [int(), str() as s, None]:
        print("typed", s)


# A user-defined sequence: a list subclass, and a class with the protocol
# but no registration is not a sequence.
class MyList(list):
    pass


class Fake:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return i


match MyList([7, 8]):
    case [x, y]:
        print("MyList", x, y)
match Fake():
    case [x, y]:
        print("Fake matched")
    case _:
        print("Fake is not a sequence")

# Length checks happen before unpacking: an iterator is not consumed.
it = iter([1, 2, 3])
match it:
    case [a, b, c]:
        print("no")
print(next(it))

# Top-level open sequences in case and subject.
match 1, 2:
    case a, b:
        print("open", a, b)
match 1, *[2, 3]:
    case 1, *rest:
        print("rest", rest)
