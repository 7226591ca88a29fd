class C:
    a = 1
    def m(self): pass
c = C()
c.x = 1
c.y = 2
print(vars(c), sorted(k for k in vars(C) if not k.startswith('__')))
print([n for n in dir(c) if not n.startswith('__')])
try:
    vars(5)
except TypeError as e:
    print(e)
class D:
    def __dir__(self): return ['b', 'a', 'c']
print(dir(D()))
print('append' in dir([]), 'keys' in dir({}), '__add__' in dir(1))
