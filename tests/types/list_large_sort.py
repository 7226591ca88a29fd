# Sorting larger generated data; results checked through checksums.
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return seed
data = [rnd() % 100000 for _ in range(20000)]
s = sorted(data)
print(len(s), s[:3], s[-3:], sum(s[::1000]))
print(all(a <= b for a, b in zip(s, s[1:])))
r = sorted(data, reverse=True)
print(r[:3], r == s[::-1])
pairs = [(rnd() % 10, i) for i in range(5000)]
stable = sorted(pairs, key=lambda p: p[0])
print(all(a[1] < b[1] for a, b in zip(stable, stable[1:]) if a[0] == b[0]))
strs = [str(rnd() % 1000) for _ in range(3000)]
ss = sorted(strs)
print(ss[:5], ss[-2:], len(set(ss)))
asc = list(range(10000))
asc.sort()
desc = list(range(10000, 0, -1))
desc.sort()
print(asc[-1], desc[:3])
fl = [rnd() / 7 for _ in range(1000)]
fl.sort()
print(fl[0] <= fl[-1], round(fl[500], 3))
