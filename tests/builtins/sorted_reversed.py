# sorted() and reversed() on every iterable type.
print(sorted([3, 1, 2]), sorted("bca"), sorted((2, 1)), sorted({3, 1}), sorted({"b": 1, "a": 2}), sorted(range(3, 0, -1)))
print(sorted("Hello World", key=str.lower), sorted([3, 1, 2], reverse=True), sorted(x % 3 for x in range(6)))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))), list(reversed(b"ab")))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.values())), list(reversed(bytearray(b"xy"))))
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 2
print(list(reversed(Seq())))
for bad in [5, iter([1]), (x for x in [1])]:
    try:
        reversed(bad)
    except TypeError as e:
        print(e)
try:
    sorted([1, 2], key=None, cmp=None)
except TypeError as e:
    print(e)
try:
    sorted()
except TypeError as e:
    print(e)
print(sorted([], reverse=True), sorted([[3, "c"], [1, "a"]]), sorted([-1, 1, 0], key=abs))
