d = {}
for k in ['z', 'a', 'm', 'b']:
    d[k] = len(d)
print(d, list(d))
del d['a']
d['a'] = 99
print(d)
d['z'] = 0
print(d)
d = dict.fromkeys(range(10))
for i in range(0, 10, 2):
    del d[i]
d[0] = 'back'
print(list(d))
d = {i: i for i in range(100)}
for i in range(95):
    del d[i]
print(d)
