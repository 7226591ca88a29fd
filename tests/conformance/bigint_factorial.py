def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f = fact(200)
s = str(f)
print(len(s), s[:20], s[-60:])
print(sum(int(c) for c in str(fact(100))))
print(fact(30) // fact(28), fact(50) % (10**9 + 7))
z = 0
while f % 10 == 0:
    f //= 10
    z += 1
print('trailing zeros', z)
