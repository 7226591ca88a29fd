class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares(), [x for x in Squares() if x % 2])
class Stop:
    def __getitem__(self, i):
        if i > 2:
            raise StopIteration
        return i
print(list(Stop()))
class Raises:
    def __getitem__(self, i):
        raise KeyError('nope')
try:
    list(Raises())
except KeyError as e:
    print('KeyError', e)
a, b, c = Squares.__getitem__(None, 1), *[Squares()[2]], 0
print(a, b, c)
