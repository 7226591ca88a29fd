# Exact big-integer computations: factorials, powers, Fibonacci, digit sums.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f100 = fact(100)
print(f100)
print(sum(map(int, str(f100))), len(str(f100)), str(f100).count("0"))
print(2 ** 1000 % 10 ** 20, sum(int(d) for d in str(2 ** 1000)))
a, b = 0, 1
for _ in range(500):
    a, b = b, a + b
print(a)
print(len(str(fact(1000))))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10 ** 100), isqrt(2 * 10 ** 60))
print(pow(3, 10 ** 6, 10 ** 9 + 7), pow(2, -1, 97))
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return "".join(map(str, out))
print(pi_digits(60))
