# Plain, chained, tuple, list, nested and attribute/subscript assignment.
a = b = c = [0]
print(a is b is c)
x, y = 1, 2
x, y = y, x
print(x, y)
[p, q] = "pq"
print(p, q)
(m, (n, o)), r = (1, (2, 3)), 4
print(m, n, o, r)
i, j, k = range(3)
print(i, j, k)
class Obj: pass
ob = Obj()
ob.attr = 5
ob.attr += 1
print(ob.attr)
lst = [0, 0, 0]
lst[0], lst[2] = 7, 9
print(lst)
idx = 0
idx, lst[idx] = 1, 100
print(idx, lst)
d = {}
d["a"] = d["b"] = 1
print(d)
z: int = 5
print(z)
w: list
print('w' in dir())
s = [1, 2, 3, 4, 5]
s[1:3] = ["x"]
print(s)
s[::2] = [0, 0]
print(s)
x = y = z = 'same'
print(x, y, z)
