# range() and slice() builtins with keyword-free forms and large values.
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 4)), list(range(5, 0, -2)), list(range(-3)))
print(range(10)[-1], range(10)[::3], len(range(0, 2 ** 40, 2 ** 20)))
print(slice(1, 5, 2), "abcdefgh"[slice(1, 5, 2)], [0, 1, 2][slice(None)], slice(None, 5).stop)
for bad in [lambda: range(), lambda: range(1, 2, 3, 4), lambda: range("1"), lambda: slice()]:
    try:
        bad()
    except TypeError as e:
        print(e)
class Idx:
    def __index__(self):
        return 3
print(list(range(Idx())), range(Idx(), 10)[0], "hello"[slice(Idx())])
