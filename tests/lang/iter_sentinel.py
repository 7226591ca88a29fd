# iter() with a callable and sentinel; custom iterators; manual next().
data = [3, 2, 1, 0, 5]
it = iter(data)
print(list(iter(lambda: next(it), 0)))
print(list(it))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
print(list(c), list(c))
it2 = iter([1, 2])
print(next(it2), next(it2), next(it2, "default"))
try:
    next(it2)
except StopIteration as e:
    print("StopIteration", e.args)
r = iter(range(3))
print(type(r).__name__, list(r))
print(type(iter({})).__name__, type(iter(())).__name__)
print(type(iter(set())).__name__, type(iter(b"")).__name__, type(iter([])).__name__)
calls = 0
def ticker():
    global calls
    calls += 1
    return calls
print(list(iter(ticker, 4)))
e = enumerate("ab")
print(iter(e) is e, next(e))
