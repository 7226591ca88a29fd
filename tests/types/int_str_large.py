# Converting large ints to and from strings (below the 4300-digit limit).
n = 7 ** 3000
s = str(n)
print(len(s), s[:20], s[-20:], int(s) == n)
m = -(3 ** 4000)
print(len(str(m)), str(m)[:10], int(str(m)) == m)
h = hex(n)
print(len(h), h[:12], int(h, 16) == n, int(bin(n), 2) == n, int(oct(n), 8) == n)
print(int("1" * 4000) % 999999937, len(str(10 ** 4000)))
f = 1
for i in range(1, 500):
    f *= i
print(len(str(f)), str(f).rstrip("0")[-10:], len(str(f)) - len(str(f).rstrip("0")))
print(f"{2 ** 200:,}"[:30], format(2 ** 200, "x")[:16], "%d" % (5 ** 100))
print(repr(2 ** 100), str(-(2 ** 100)), ascii(2 ** 64))
