for a in [3037000499, 3037000500, 2**31, 2**32, -2**32, 4294967296, 2**62 // 3]:
    for b in [a, -a, 2, 3, 2**31 + 1]:
        print(a * b, end=' ')
    print()
x = 1
for i in range(70):
    x *= 2
print(x, x - 2**70)
x = -1
for i in range(64):
    x *= 2
print(x, x == -2**64)
acc = 0
for i in range(100):
    acc += 2**61
print(acc, acc // 2**61)
