print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(5))), list(reversed((1, 2))))
class S:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 2
print(list(reversed(S())))
class R:
    def __reversed__(self): return iter('zyx')
print(list(reversed(R())))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
try:
    reversed(iter([1]))
except TypeError as e:
    print(e)
d = {'a': 1, 'b': 2}
print(list(reversed(d)), list(reversed(d.items())))
