print(sorted(set('hello')), set(), set([1, 2, 2, 3]), frozenset(), frozenset([3, 1]))
print(set(range(5)) == {0, 1, 2, 3, 4}, set('ab') == frozenset('ba'))
try:
    set([[1]])
except TypeError as e:
    print(e)
try:
    set(1)
except TypeError as e:
    print(e)
s = {1, 2, 3}
print(set(s) is s, frozenset(frozenset([1])) == frozenset([1]))
