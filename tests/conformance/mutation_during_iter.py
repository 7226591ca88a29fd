d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print(e)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
        d[k + 10] = 0
except RuntimeError as e:
    print(e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(e)
l = [1, 2, 3]
for x in l:
    if x < 5:
        l.append(x + 10)
print(l)
l = [3, 1, 2]
def key(x):
    l.append(0)
    return x
try:
    l.sort(key=key)
except ValueError as e:
    print(e, len(l))
l = list(range(10))
for x in l:
    l.remove(x)
print(l)
d = {'a': 1}
for k in list(d):
    d[k * 2] = 1
print(sorted(d))
