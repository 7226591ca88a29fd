import sys
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
def r(n): return r(n + 1)
try:
    r(0)
except RecursionError:
    print('hit low limit')
sys.setrecursionlimit(old)
def count(n):
    try:
        return count(n + 1)
    except RecursionError:
        return n
print(count(0) > 500)
def gen_rec(n):
    if n:
        yield from gen_rec(n - 1)
    yield n
print(sum(gen_rec(300)))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
