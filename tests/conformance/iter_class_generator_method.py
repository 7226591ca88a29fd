class Tree:
    def __init__(self, v, *kids): self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
    def walk(self, depth=0):
        yield depth, self.v
        for k in self.kids:
            yield from k.walk(depth + 1)
t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6, Tree(7))))
print(list(t), sum(t), max(t), 7 in t, 8 in t, sorted(t, reverse=True))
for d, v in t.walk():
    print('  ' * d + str(v))
class Range2:
    def __init__(self, n): self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
    def __reversed__(self):
        return iter(range(self.n - 1, -1, -1))
    def __len__(self): return self.n
r = Range2(4)
print(list(r), list(reversed(r)), len(r), [x for x in r for y in r if x == y], dict.fromkeys(r, 0))
it = iter(r)
print(next(it), next(it), list(it), list(it))
