def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f1000 = fact(1000)
print(f1000.bit_length(), f1000 % (10**9 + 7), len(str(f1000)))
print(fact(500) // fact(498) == 500 * 499, f1000 // fact(999) == 1000)
x = 3 ** 2000
print(x.bit_length(), x % 2**64, (x >> 3000) & 0xffff, (-x) >> 3000 == -((x - 1) >> 3000) - 1)
a, b = 2**521 - 1, 2**607 - 1
print((a * b) % 1000000007, (b // a).bit_length(), b % a, pow(a, b, 10**20), a & b == a, (a | b) == b, (a ^ b).bit_count())
print(divmod(-b, a)[1] == (-b) % a, -b // a * a + (-b) % a == -b, str(-a)[:15], hex(a)[-8:], int(hex(b), 16) == b)
s = 0
for k in range(1, 200):
    s += 10 ** k // k
print(s % 10**30, len(str(s)))
