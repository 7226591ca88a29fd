d = dict.fromkeys('abc', [])
d['a'].append(1)
print(d)
d = {}
print(d.setdefault('k', []), d, d.pop('k', None), d.pop('k', None))
d.update([('a', 1)], b=2)
d.update({'c': 3}.items())
print(d, list(d.items())[::-1], {**d, 'a': 0})
try:
    d.get([1])
except TypeError as e:
    print(e)
n = float('nan')
print({n: 1} == {n: 1}, {1: n} == {1: n}, [n] == [n])
a = {'x': [1]}
b = a.copy()
b['x'].append(2)
b['y'] = 0
print(a, b)
nested = {'l1': {'l2': {'l3': 'deep'}}}
print(nested['l1']['l2']['l3'], nested.get('l1', {}).get('zz', 'none'))
print(dict(sorted({'b': 2, 'a': 1, 'c': 0}.items(), key=lambda kv: kv[1])))
print(len({i: i for i in range(1000)}), list({i % 7: i for i in range(50)}.items()))
print({1: 'a'}.keys() | {2}, {1: 'a'}.items() - {(1, 'a')}, sorted({'a': 1}.keys() ^ {'b'}))
