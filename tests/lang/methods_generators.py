# Generators as methods, class-level iteration and generator-based pipelines.
class Tree:
    def __init__(self, v, *kids):
        self.v, self.kids = v, kids
    def walk(self, depth=0):
        yield depth, self.v
        for k in self.kids:
            yield from k.walk(depth + 1)
    def __iter__(self):
        return (v for _, v in self.walk())
t = Tree(1, Tree(2, Tree(3)), Tree(4))
for d, v in t.walk():
    print("  " * d + str(v))
print(list(t), sum(t))
def read(lines):
    for line in lines:
        yield line.strip()
def nonblank(lines):
    return (l for l in lines if l)
def numbered(lines):
    for i, l in enumerate(lines, 1):
        yield f"{i}: {l}"
text = ["  alpha ", "", "beta", "   ", "gamma"]
for out in numbered(nonblank(read(text))):
    print(out)
def take(n, it):
    for _ in range(n):
        yield next(it)
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, (x * x for x in naturals()))))
