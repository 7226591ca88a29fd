# Builtins that accept keyword arguments, and ones that reject them.
print(int("ff", base=16), str(object=5), str(b"x", encoding="ascii", errors="strict"), round(number=2.567, ndigits=2))
print(pow(base=2, exp=10, mod=1000), list(enumerate("ab", start=5)), sorted([3, 1], reverse=True, key=None))
print(max([1, 2], key=lambda v: -v, default=0), min([], default="none"), sum([1, 2], start=10))
print(list(zip("ab", "cd", strict=True)), dict(a=1, **{"b": 2}), print("x", end="!\n", sep="", flush=False))
for call in [lambda: len(obj=[1]), lambda: abs(x=-1), lambda: sum(iterable=[1]), lambda: divmod(a=1, b=2),
             lambda: sorted(iterable=[1]), lambda: bool(x=1), lambda: list(iterable=[]), lambda: range(stop=2)]:
    try:
        call()
        print("accepted")
    except TypeError as e:
        print(e)
