for i in range(3):
    if i == 5:
        break
else:
    print('for completed', i)
for i in range(3):
    if i == 1:
        break
else:
    print('not printed')
print('broke at', i)
n = 0
while n < 3:
    n += 1
else:
    print('while completed', n)
while True:
    break
else:
    print('never')
for x in []:
    pass
else:
    print('empty for else')
def search(haystack, needle):
    for i, h in enumerate(haystack):
        if h == needle:
            break
    else:
        return -1
    return i
print(search('hello', 'l'), search('hello', 'z'))
for i in range(3):
    for j in range(3):
        if j == 1:
            break
    else:
        print('inner else never')
    continue
print('done', i, j)
