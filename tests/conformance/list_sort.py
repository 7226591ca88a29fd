l = [5, 2, 8, 1, 9, 3]
l.sort(); print(l)
l.sort(reverse=True); print(l)
words = ['Banana', 'apple', 'Cherry', 'date', 'Elder', 'fig']
words.sort(key=str.lower); print(words)
words.sort(key=len, reverse=True); print(words)
pairs = [(1, 'b'), (0, 'c'), (1, 'a'), (0, 'a')]
pairs.sort(key=lambda p: p[0]); print(pairs)
try:
    [3, 'a', 1].sort()
except TypeError as e:
    print(e)
l = [3, 1, 2]
try:
    l.sort(key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print('zde', l)
print(sorted([0.5, -1, 2**64, True, -2**70]))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'K%d' % self.v
print(sorted([K(3), K(1), K(2)]), max([K(3), K(5)], key=lambda k: k.v))
big = [(i * 7919) % 1000 for i in range(1000)]
print(sorted(big)[:10], sorted(big) == sorted(big, key=lambda x: -x)[::-1])
