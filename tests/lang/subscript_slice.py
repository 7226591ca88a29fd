# Subscripts and slices with all combinations of bounds and steps.
s = list(range(10))
print(s[0], s[-1], s[3:7], s[:3], s[7:], s[:], s[::2], s[1::3], s[::-1], s[-3:], s[:-3])
print(s[8:2:-2], s[100:], s[-100:2], s[5:5], s[7:3], s[::-3], s[-1:-5:-1])
t = "abcdefgh"
print(t[1:4], t[::-1], t[-2], t[::3], t[10:], t[2:-2])
u = tuple(range(6))
print(u[1:5:2], u[::-1])
print(s[slice(2, 5)], s[slice(None, None, -4)])
r = range(20)
print(r[3:9:2], r[::-1][:3], list(r[5:1:-1]))
b = b"bytes!"
print(b[1:3], b[-1], b[::-1])
m = [[1, 2], [3, 4]]
print(m[1][0], m[-1][-1])
d = {(1, 2): "tuple key", 3: "int"}
print(d[1, 2], d[3])
class S:
    def __getitem__(self, k):
        return k
o = S()
print(o[1], o[1:2], o[1:2:3], o[:, 1], o[..., None], o[::])
