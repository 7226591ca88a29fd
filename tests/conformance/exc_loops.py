res = []
for i in range(6):
    try:
        if i == 1:
            continue
        if i == 4:
            break
        if i % 2:
            raise ValueError(i)
        res.append(i)
    except ValueError as e:
        res.append('E%s' % e)
    else:
        res.append('else%d' % i)
    finally:
        res.append('f%d' % i)
print(res)
i = 0
while True:
    try:
        i += 1
        if i > 3:
            raise StopIteration
    except StopIteration:
        break
print(i)
def find(items, target):
    for idx, it in enumerate(items):
        try:
            if it == target:
                return idx
        finally:
            pass
    else:
        return -1
print(find('abc', 'c'), find('abc', 'z'))
for x in range(3):
    try:
        pass
    finally:
        if x == 1:
            break
print('stopped at', x)
