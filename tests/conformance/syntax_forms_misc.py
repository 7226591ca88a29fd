class G:
    def __getitem__(self, k): return k
g = G()
b = (1, 2)
print(g[*b], g[0, *b], g[*b, 3:4])
x = [1, 2, 3]
print([*x, *x][::2], {**{'a': 1}}, (*x,))
match_ = 5
print(match_)
match = [1]
case = 2
print(match[0], case)
type = 3
print(type)
del type
print(type(1))
_ = 'underscore'
print(_)
def deco(cls):
    cls.decorated = True
    return cls
@deco
class C: pass
print(C.decorated)
@(lambda f: lambda: f() * 2)
def two(): return 21
print(two())
@[deco][0]
class D: pass
print(D.decorated)
w = 9
print(f'{"ab"!r:^{w}}|', f'{x[0]:{w}}', f'{w:{"<"}{w}}|')
if True: a = 1; b = 2; print(a + b)
for i in range(2): print(i, end=';')
print()
while False: pass
else: print('while-else oneline')
class E: x = 1; y = 2
print(E.x + E.y)
def ret_tuple(): return 1, *x
print(ret_tuple())
lst = [0] * 5
lst[1:3] = *'ab',
print(lst)
print(not -1, -(-1), - - 1, + + 1, ~~5, not not [])
print(1 if 0 else 2 if 0 else 3, [i for i in range(10) if i % 2 if i % 3])
print((lambda *, k=1: k)(), (lambda a, /, b: a + b)(1, b=2))
nums = [1, 2, 3]
nums[len(nums):] = [4]
print(nums, nums[-1:-5:-1], nums[slice(None)])
print(0.1.__class__, 1 .__class__, 1..__class__, 1.0.real, 1j.imag)
print('a' 'b' f'{1}' 'c', b'a' b'b', ('x'
  'y'))
x = 1; x += x; x *= x + 1; print(x)
t = 1,
print(t, type(t) if False else len(t))
