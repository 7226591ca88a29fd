t = str.maketrans('abc', 'xyz')
print(sorted(t.items()), 'aabbcc'.translate(t))
t2 = str.maketrans({'a': 'AA', 'b': None, 'c': ord('C')})
print('abcd'.translate(t2))
t3 = str.maketrans('ab', 'cd', 'e')
print('abeeba'.translate(t3))
try:
    str.maketrans('ab', 'c')
except ValueError as e:
    print(e)
print('hello'.translate({ord('l'): None}), b'hello'.translate(None, b'l'), bytes.maketrans(b'ab', b'xy'))
