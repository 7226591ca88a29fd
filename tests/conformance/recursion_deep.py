import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500), sys.getrecursionlimit() >= 1000)
def inf(n):
    return inf(n + 1)
try:
    inf(0)
except RecursionError as e:
    print('RecursionError', e)
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(ack(2, 3))
def mutual_even(n): return True if n == 0 else mutual_odd(n - 1)
def mutual_odd(n): return False if n == 0 else mutual_even(n - 1)
print(mutual_even(400), mutual_odd(301))
print(depth(10), 'still works after RecursionError')
l = []
for i in range(100000):
    l = [l]
try:
    repr(l)
except RecursionError as e:
    print('repr', e)
