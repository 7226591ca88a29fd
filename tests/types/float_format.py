# Formatting floats with format(), f-strings and %.
vals = [0.0, -0.0, 1.0, 3.14159, -2.5, 1e-7, 123456789.123, 1e22, float("inf"), float("nan"), 0.5, 1.005]
specs = ["", "f", ".2f", "e", ".3e", "g", ".3g", "10.2f", "<10.1f", "^10.1f", "+.1f", "%", ".0f", "#.0f", "E", "G", ",.2f", "012.3f", ".10g", "n"]
for spec in specs:
    print(repr(spec), [format(v, spec) for v in vals[:6]])
for spec in specs[:10]:
    print(repr(spec), [format(v, spec) for v in vals[6:]])
print("%f %e %g %.1f %10.3f %-10.2f| %+g %G %E" % (1.5, 1.5, 1.5, 2.25, 3.14159, 2.5, 1e-10, 1e-10, 12345.678))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, 3.5))
print(f"{1234567.891:_.2f} {0.000012345:.3} {123.0:.3} {1e16:.0f} {2.0 ** 70:.0f}")
print(f"{1.0:.17g} {0.1:.17g} {0.1:.20f} {1 / 3:.30f}")
print(f"{12.5:08.2f} {-12.5:08.2f} {12.5:=+9.2f} {5e-5:.2%}")
