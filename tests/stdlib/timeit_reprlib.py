import timeit, reprlib
t = timeit.Timer('x = sum(range(10))')
r = t.timeit(number=100)
print(type(r).__name__, r >= 0)
print(len(timeit.repeat('pass', repeat=3, number=10)), timeit.timeit(lambda: None, number=5) >= 0)
counter = []
timeit.timeit('counter.append(1)', globals={'counter': counter}, number=7)
print(len(counter))
tt = timeit.Timer('y = x * 2', setup='x = 21')
print(tt.timeit(3) >= 0, callable(timeit.default_timer))
n, secs = timeit.Timer('pass').autorange()
print(n >= 1, secs >= 0.2)
try:
    timeit.Timer('1 +')
except SyntaxError:
    print('SyntaxError')
try:
    timeit.Timer(3)
except ValueError as e:
    print('ValueError', e)
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr(set(range(20))), reprlib.repr({i: i for i in range(10)}))
print(reprlib.repr(tuple(range(3))), reprlib.repr((1,)), reprlib.repr(2 ** 200), reprlib.repr([[[[[[[1]]]]]]]), reprlib.repr(frozenset()), reprlib.repr(object)[:20])
r = reprlib.Repr(); r.maxlist = 2; r.maxstring = 10
print(r.repr([1, 2, 3]), r.repr('abcdefghijklmnop'))
class Node:
    def __init__(self): self.children = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Node(%r)' % self.children
n = Node(); n.children.append(n); print(n, Node.__repr__.__name__)
