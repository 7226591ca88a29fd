print(list(enumerate('abc')))
print(list(enumerate('abc', 10)), list(enumerate('ab', start=-1)))
print(list(enumerate([], 5)))
e = enumerate(iter([1, 2]))
print(next(e), next(e))
try:
    next(e)
except StopIteration:
    print('stop')
print(list(enumerate('ab', 2**64)))
for i, (a, b) in enumerate(zip('xy', 'zw')):
    print(i, a, b)
