# Nested loops with break/continue/else used for searching.
def find_pair(nums, target):
    for i, a in enumerate(nums):
        for b in nums[i + 1:]:
            if a + b == target:
                break
        else:
            continue
        return a, b
    return None
print(find_pair([1, 4, 6, 9], 10), find_pair([1, 2], 10))
primes = []
for n in range(2, 40):
    for p in primes:
        if p * p > n:
            primes.append(n)
            break
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)
count = 0
i = 0
while i < 5:
    i += 1
    j = 0
    while True:
        j += 1
        if j > i:
            break
        if (i + j) % 2:
            continue
        count += 1
print(count)
result = []
for x in range(3):
    for y in range(3):
        if y > x:
            continue
        for z in range(2):
            if z:
                break
            result.append((x, y))
print(result)
matrix = [[1, 2, 3], [4, -5, 6], [7, 8, -9]]
for r, row in enumerate(matrix):
    for c, v in enumerate(row):
        if v < 0:
            print("first negative at", r, c)
            break
    else:
        continue
    break
