def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
for n in [10, 50, 91, 92, 93, 94, 100, 300]:
    print(n, fib(n))
f = fib(1000)
print(len(str(f)), str(f)[:10], f % 1000000007)
i = 1
while len(str(fib(i))) < 100:
    i += 1
print('first 100-digit fib index', i)
