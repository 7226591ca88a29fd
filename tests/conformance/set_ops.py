a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {3} <= a, a < a, a >= {1}, a > {1, 2, 3, 4})
print(a.union([9], (8,)), a.intersection(b, {4}), a.difference([1], [2]), a.symmetric_difference([1, 10]))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint([7]), {1} == frozenset({1}))
s = set(); s.add(1); s.add(1); s.update([2, 3], 'a'); print(sorted(s, key=str))
s.discard(99); s.discard(1); s.remove(2)
try:
    s.remove(2)
except KeyError as e:
    print('KeyError', e)
print(sorted(s, key=str), s.pop() in {3, 'a'}, len(s))
try:
    set().pop()
except KeyError as e:
    print(e)
c = {1, 2}; c |= {3}; c &= {2, 3, 4}; c -= {9}; c ^= {5}; print(c)
try:
    a | [1]
except TypeError as e:
    print(e)
print(frozenset([1, 2]) | {3}, type(frozenset([1]) | {3}).__name__, type({3} | frozenset([1])).__name__)
