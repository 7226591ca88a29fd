# Iteration through __getitem__ with IndexError, StopIteration and other exceptions.
class Old:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return chr(ord("a") + i)
print(list(Old()), "b" in Old(), "z" in Old(), "".join(Old()), list(enumerate(Old())))
class StopsEarly:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopsEarly()))
class Fails:
    def __getitem__(self, i):
        if i == 1:
            raise KeyError("bad key")
        return i
try:
    list(Fails())
except KeyError as e:
    print("KeyError propagates", e)
it = iter(Old())
print(type(it).__name__, next(it), list(it))
class Infinite:
    def __getitem__(self, i):
        return i * i
for v in Infinite():
    if v > 50:
        break
print(v)
