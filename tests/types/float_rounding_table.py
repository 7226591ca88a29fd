# round() to n digits uses the exact binary value; ties go to even.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5, 5.5]:
    print(v, round(v), round(v, 0))
for v in [2.675, 1.005, 0.125, 0.375, 1.25, 1.35, 2.5e-3, 123.456, -123.455]:
    print(v, round(v, 2), round(v, 1), round(v, -1), round(v, 3))
for n in [15, 25, 35, -15, 150, 1250, 10 ** 20 + 5 * 10 ** 18]:
    print(n, round(n, -1), round(n, -2), round(n, 0), type(round(n, -1)).__name__)
print(round(1e300, -300), round(1.23456789e-5, 7), round(0.0, 5), round(-0.0, 1))
print(round(5e-324, 400), round(1.5, 400), round(123.456, -400))
print(format(2.675, ".2f"), format(1.005, ".2f"), "%.2f" % 0.125, f"{0.375:.2f}", f"{2.5:.0f}", f"{3.5:.0f}")
