class CountDown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(CountDown(5)), sum(CountDown(4)), max(CountDown(3)), 2 in CountDown(5))
c = CountDown(3)
for x in c:
    print(x, end=' ')
print(list(c))
class Box:
    def __init__(self, items): self.items = items
    def __iter__(self): return iter(self.items)
print(sorted(Box([3, 1, 2])), ','.join(Box(['a', 'b'])), dict.fromkeys(Box('xy')), tuple(Box('q')))
a, b = Box([1, 2])
print(a, b)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
