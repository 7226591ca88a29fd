# Float/int operations producing exact results, and math on accumulations.
print(0.1 * 10, 0.1 * 3 == 0.3, sum([0.1] * 10), 1e16 + 1.0 - 1e16)
print(3 / 2, 3 // 2, -3 / 2, -3 // 2, 3 % -2, 3.0 % -2, 2 ** 0.5 ** 2)
print(7.0 // 2, 7.5 // 2.5, -7.5 // 2.5, 7.5 % 2.5, 1e20 // 3, 1e20 % 3)
print(int(7.9) + int(-7.9), float(7) / 2, 10 / 4 * 4, 10 // 4 * 4 + 10 % 4)
total = 0.0
for i in range(1, 101):
    total += 1 / i
print(total, round(total, 6))
prod = 1.0
for i in range(1, 21):
    prod *= i
print(prod, int(prod), prod == 2432902008176640000)
print(2 ** 0.5, 10 ** -2, 10.0 ** 2, 2 ** 1023 * 1.0, 1 / 2 ** 60)
print(abs(-3.5), abs(-0.0), max(0.1, 0.2), min(-0.0, 0.0), max(-0.0, 0.0))
