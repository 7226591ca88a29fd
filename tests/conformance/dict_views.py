d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d['d'] = 4
print(len(k), list(v), ('d', 4) in it, 'a' in k, 4 in v)
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}))
print(sorted(it & {('a', 1), ('b', 0)}), k == {'a', 'b', 'c', 'd'}, k <= {'a', 'b', 'c', 'd', 'e'})
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
try:
    for key in d:
        d['new' + key] = 1
except RuntimeError as e:
    print(e)
try:
    {1: 1}.values() == {1: 1}.values()
    print({1: 1}.values() == {1: 1}.values())
except TypeError as e:
    print(e)
print(k.isdisjoint({'x'}), isinstance(k, object), d.keys().mapping if hasattr(d.keys(), 'mapping') else '')
