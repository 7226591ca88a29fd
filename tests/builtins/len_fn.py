# len() on every sized type and on user classes.
print(len(""), len("héllo"), len(b"ab"), len(bytearray(3)), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}))
print(len(frozenset()), len(range(10)), len(range(0, 10, 3)), len(range(10, 0)), len({}.keys()), len({"a": 1}.items()))
class L:
    def __len__(self):
        return 7
print(len(L()))
for bad in [5, None, iter([]), (x for x in ())]:
    try:
        len(bad)
    except TypeError as e:
        print(e)
