d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('c', 3), d.setdefault('a', 99), d)
print(d.pop('a'), d.pop('z', 'none'), d)
try:
    d.pop('z')
except KeyError as e:
    print('KeyError', e)
d.update({'x': 1}, y=2); d.update([('z', 3)]); print(d)
print(d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
e = d.copy(); e['new'] = 1; print(len(d), len(e))
d.clear(); print(d)
try:
    {}.popitem()
except KeyError as e:
    print(e)
try:
    d['missing']
except KeyError as e:
    print(repr(e), e.args)
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2}, {} == {})
print({'a': 1} | {'b': 2}, {'a': 1} | {'a': 3})
d = {'a': 1}; d |= {'b': 2}; d |= [('c', 3)]; print(d)
