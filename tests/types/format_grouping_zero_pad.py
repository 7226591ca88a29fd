# Zero padding with a thousands separator when the width is smaller than
# the formatted number, and on bodies without digits (inf, nan).
inf = float("inf")
nan = float("nan")
cases = [
    (7.0, "01,E"), (7.0, "01_e"), (0, " 0_%"), (12.5, "02,%"),
    (1234.5, "03,.1f"), (-1234.5, "+012,.2f"), (1e10, "020_.3e"),
    (123456789, "01,"), (123456789, "015,"), (255, "#012_x"),
    (inf, "-#015,E"), (inf, "015,"), (-inf, "015_f"), (nan, "015,g"),
    (inf, "015,%"), (inf, "x=15,"), (nan, "=15_"),
]
for v, spec in cases:
    print(repr(spec), repr(format(v, spec)))

# Complex: an unknown type code is reported before the zero-padding and
# '=' rules.
for spec in ["015x", "=10d", "0c", "010,.3%", "=10", "010"]:
    try:
        print(repr(spec), format(1 + 2j, spec))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
