it = iter([1, 2])
print(next(it), next(it), next(it, 'end'))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(iter(Seq())))
vals = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(vals), 0)))
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)
it = iter('ab')
print(iter(it) is it)
