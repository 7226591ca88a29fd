import sys
print(1, 2, 3)
print(1, 2, 3, sep='')
print(1, 2, 3, sep=', ', end='!\n')
print('a', end='')
print('b')
print()
print(None, sep=None, end=None)
print('x', file=sys.stdout)
print('to', 'stderr', file=sys.stderr)
print(*[1, 2], *'ab')
try:
    print(1, sep=5)
except TypeError as e:
    print(e)
try:
    print(1, end=[])
except TypeError as e:
    print(e)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print('hello', 42, file=w, sep='|')
print(w.parts)
print('flush', flush=True)
