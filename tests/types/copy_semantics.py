# Aliasing, shallow copies and nested mutation.
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
e = a.copy()
a[0] = 100
a[1].append(4)
print(a, b, c, d, e)
print(a is b, a is c, a[1] is c[1], c == d == e)
m = [[0] * 3 for _ in range(3)]
m[0][0] = 1
n = [[0] * 3] * 3
n[0][0] = 1
print(m, n)
d1 = {"k": [1]}
d2 = dict(d1)
d3 = d1.copy()
d1["k"].append(2)
d1["new"] = 0
print(d1, d2, d3)
s1 = {1, 2}
s2 = set(s1)
s2.add(3)
print(s1 == {1, 2}, sorted(s2))
t = ([],)
t[0].append("mutable inside immutable")
print(t)
def mutate(lst, x):
    lst.append(x)
    x = "rebound"
    lst = ["rebound"]
    return lst
orig = []
val = "v"
print(mutate(orig, val), orig, val)
s = "abc"
s2 = s
s += "d"
print(s, s2)
