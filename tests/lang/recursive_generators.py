# Recursive generators: permutations, combinations, power set, tree traversals.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest
def combinations(items, k):
    if k == 0:
        yield []
        return
    for i in range(len(items) - k + 1):
        for rest in combinations(items[i + 1:], k - 1):
            yield [items[i]] + rest
def powerset(items):
    if not items:
        yield []
        return
    for rest in powerset(items[1:]):
        yield rest
        yield [items[0]] + rest
print(["".join(p) for p in permutations("abc")])
print(list(combinations([1, 2, 3, 4], 2)), len(list(combinations(list(range(10)), 3))))
print(sorted(powerset([1, 2, 3]), key=lambda s: (len(s), s)))
def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, (3, [4, [5, []]])], 6])))
def hanoi(n, a="A", b="B", c="C"):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield a, c
        yield from hanoi(n - 1, b, a, c)
moves = list(hanoi(6))
print(len(moves), moves[:4], moves[-1])
print(sum(1 for _ in permutations(list(range(7)))))
