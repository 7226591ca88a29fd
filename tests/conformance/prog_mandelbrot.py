def mandel(c, limit=30):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit
chars = ' .:-=+*#%@'
for y in range(-10, 11):
    row = ''
    for x in range(-40, 20):
        n = mandel(complex(x / 20, y / 10))
        row += chars[min(n, 29) * len(chars) // 30]
    print(row.rstrip())
print(sum(mandel(complex(x / 10, y / 10)) for x in range(-20, 6) for y in range(-10, 11)))
