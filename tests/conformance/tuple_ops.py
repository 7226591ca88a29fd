t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t[1:], t[::-1], t + (4,), t * 2, 2 in t, len(t), t[-1])
try:
    t.index(9)
except ValueError as e:
    print(e)
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    t[9]
except IndexError as e:
    print(e)
print((1,) == (1,), (), (1,), ((),), tuple([[]]), hash((1, 'a')) == hash((1, 'a')))
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
a, *b = t
print(a, b)
print(tuple(reversed(t)), sorted(t), min(t), max(t), sum(t))
nt = ((1, 2), (3, 4))
print([x for x, y in nt], dict(nt))
