print(dict(), dict(a=1, b=2), dict([('a', 1), ('b', 2)]), dict({'x': 1}, y=2), dict(zip('ab', [1, 2])))
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    dict([('a', 1, 2)])
except ValueError as e:
    print(e)
try:
    dict(['ab', 'cde'])
except ValueError as e:
    print(e)
print(dict(['ab', 'cd']), dict.fromkeys('abc'), dict.fromkeys([1, 2], 0))
class M:
    def keys(self): return ['k1', 'k2']
    def __getitem__(self, k): return k.upper()
print(dict(M()))
