import itertools as it
from itertools import *
print(list(islice(count(), 5)), list(islice(count(10, 2), 3)), count(5), count(), count(1.5, 0.5), count(3, -1))
c = count(5); next(c); print(c)
print(list(islice(cycle('ab'), 5)), list(cycle([])))
print(list(repeat('x', 3)), repeat('a', 3), repeat('a'), list(zip(range(3), repeat(0))))
r = repeat(1, 2); next(r); print(r, r.__length_hint__())
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([1, 2], initial=10)), list(accumulate([])), list(accumulate([], initial=5)))
print(list(chain('ab', [1, 2], ())), list(chain.from_iterable(['xy', 'z'])), list(chain()))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('AB', [1, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a'])))
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
gb = groupby('aabb'); k1, g1 = next(gb); k2, g2 = next(gb); print(k1, list(g1), k2, list(g2))
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
src = iter(range(10)); print(list(islice(src, 3)), next(src))
for bad in ((-1,), (1, -1), (0, 5, 0), ('a',)):
    try:
        islice([], *bad)
    except ValueError as e:
        print('ValueError', e)
print(list(pairwise('ABCD')), list(pairwise('A')), list(starmap(pow, [(2, 5), (3, 2)])))
a, b = tee(range(5)); print(list(a), list(b))
a, b, c = tee('xyz', 3); next(a); print(list(a), list(b), list(c))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest()), list(zip_longest([1], [])))
print(list(product('ab', range(2))), list(product(range(2), repeat=3)), list(product()), list(product('a', [])))
print(list(permutations('ABC', 2)), list(permutations(range(3))), list(permutations('ab', 3)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('a', 0)), list(combinations('ab', 3)))
print(list(combinations_with_replacement('ABC', 2)), list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))), sum(1 for _ in product(range(5), repeat=4)))
for f, args in ((permutations, ('ab', -1)), (combinations, ('ab', -2)), (product, ('ab',))):
    try:
        f(*args) if f is not product else product('ab', repeat=-1)
    except ValueError as e:
        print('ValueError', e)
print(iter(count()) is not None, type(chain()).__name__, isinstance(chain(), chain))
