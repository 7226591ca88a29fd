# Dicts with many keys: growth, deletion, re-insertion and order.
d = {}
for i in range(20000):
    d[i * 7 % 20011] = i
print(len(d), d[0], d[7], sum(d.values()) % 100003)
for k in list(d):
    if k % 3 == 0:
        del d[k]
print(len(d), list(d)[:5], list(d)[-5:])
for i in range(0, 300, 3):
    d[i] = -i
print(len(d), list(d)[-3:], d[297])
s = {}
for w in ("w%d" % (i % 997) for i in range(50000)):
    s[w] = s.get(w, 0) + 1
print(len(s), s["w0"], s["w996"], min(s.values()), max(s.values()))
t = {(i, i * i): str(i) for i in range(1000)}
print(t[(10, 100)], (999, 998001) in t, (2, 5) in t)
e = dict.fromkeys(range(100000))
print(len(e), 99999 in e, 100000 in e)
e.clear()
print(len(e), e)
