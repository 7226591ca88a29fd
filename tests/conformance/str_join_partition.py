print(','.join(['a', 'b', 'c']), ''.join([]), '-'.join('xyz'), ', '.join(map(str, range(4))))
try:
    ','.join(['a', 1])
except TypeError as e:
    print(e)
try:
    ','.join(5)
except TypeError as e:
    print(e)
print('a=b=c'.partition('='), 'abc'.partition('='), 'a=b=c'.rpartition('='), 'abc'.rpartition('='))
try:
    'a'.partition('')
except ValueError as e:
    print(e)
print(b','.join([b'a', bytearray(b'b')]), b'k:v'.partition(b':'))
