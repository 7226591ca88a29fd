# Arithmetic on big integers crossing the small-int boundary both ways.
a = 2 ** 62
b = 2 ** 62 - 1
print(a + b, a * 4, (a * 4) // 4 == a, a - a, (a + a) - a - a)
m = 9223372036854775807
print(m + 1, m * m, -m - 2, (m + 1) // 2, (m * m) % 1000)
x = 1
for i in range(1, 40):
    x = x * i + i
print(x, x % 97, x // 10 ** 40)
y = x
while y > 10:
    y //= 7
print(y)
print(sum(range(10 ** 6)), sum(range(-10 ** 5, 10 ** 5 + 1)))
print(123456789 ** 5, (-123456789) ** 5)
print((10 ** 50 + 1) * (10 ** 50 - 1) == 10 ** 100 - 1)
print(divmod(-(10 ** 50), 7 ** 20))
print(max([2 ** 70, 2 ** 69, -2 ** 71]), sorted([2 ** 65, -1, 2 ** 64, 0]))
print(hex(2 ** 128 - 1), int("f" * 32, 16) == 2 ** 128 - 1)
big = 3 ** 200
print(big // 3 ** 199, big % 3 ** 199, big == 3 ** 200, big != 3 ** 200 + 1, big > 3 ** 199)
print(-big // 2 ** 300, (-big) % 2 ** 10)
print(abs(-big) == big, +big == big, -(-big) == big)
n = 0
for i in range(100):
    n += 10 ** 18
print(n, n // 10 ** 18)
