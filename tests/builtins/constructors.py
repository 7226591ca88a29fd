# Calling the built-in types as constructors with various arguments.
print(int(), float(), complex(), str(), bytes(), bytearray(), list(), tuple(), dict(), set(), frozenset(), bool())
print(int("7"), int(7.9), float("7.5"), str(7), bytes(2), list("ab"), tuple([1]), dict(a=1), set("aa"), bool([0]))
print(type(object()).__name__, slice(3), range(3), complex(1, 2), frozenset((1,)))
print(list(range(3)), tuple(range(3)), dict([(1, 2)]), sorted(set(range(3))), sorted(frozenset(range(3))))
print(str(b"x", "ascii"), str(b"\xc3\xa9", encoding="utf-8"), bytes("é", encoding="utf-8"), bytearray([0, 255]))
for bad in [lambda: list(1), lambda: tuple(None), lambda: dict(1), lambda: set(1), lambda: float([]), lambda: complex("x", 1),
            lambda: bytes("s"), lambda: str(1, 2), lambda: int("1", base=1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
