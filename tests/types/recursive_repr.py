# Containers that contain themselves print with ... instead of recursing.
l = [1, 2]
l.append(l)
print(l, len(l), l[2] is l)
d = {"a": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
a = [1]
b = [a]
a.append(b)
print(a, b)
s = [[]]
s[0].append(s)
print(repr(s), str(s))
class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return f"Node({self.children!r})"
n = Node()
n.children.append([n] if False else [1])
print(n)
dd = {}
dd[1] = [dd, dd]
print(dd)
print(l == l, d == d)
