s = {1, 2, 3}
print(s.copy() == s, s.copy() is s, 2 in s, [1] in s if False else 'skip', len(s), min(s), sum(s))
try:
    [1] in s
except TypeError as e:
    print(e)
try:
    s.add([])
except TypeError as e:
    print(e)
fs = frozenset('abc')
print(hash(fs) == hash(frozenset('cba')), {fs: 1}[frozenset('bca')], fs | {'d'} == set('abcd'))
print(set() == frozenset(), {1} < {1, 2}, {1, 2} > {1}, set() < {0})
nested = {frozenset([1, 2]), frozenset([2, 1])}
print(len(nested))
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
print(repr(set()), repr(frozenset()), repr({frozenset()}))
