# iter() and next() with defaults, sentinels and objects implementing the protocol.
it = iter([1, 2])
print(next(it), next(it), next(it, "end"), next(it, None))
print(list(iter([3, 4, 5].pop, 3)))
class Count:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Count(), 5)))
for bad in [lambda: iter(5), lambda: next([1]), lambda: iter(len, 1, 2), lambda: iter(5, 1)]:
    try:
        bad()
    except TypeError as e:
        print(e)
class Bad:
    def __iter__(self):
        return 5
try:
    iter(Bad())
except TypeError as e:
    print(e)
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), list(di))
s = iter("xy")
print(next(s), next(s), next(s, "!"))
print(next(iter(range(5, 10))), next(reversed([1, 2])), next(iter({7})))
