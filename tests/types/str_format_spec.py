# format() with the full format-spec mini language for ints and strings.
ints = [0, 7, -7, 255, 123456789, -2 ** 40]
for spec in ["", "d", "5d", "<5", ">5", "^6", "+d", " d", "05d", "x", "#x", "X", "#X", "o", "#o", "b", "#b",
             ",", "_", "_b", "c", "e", ".2f", "%", "*^10", "=+8", "#010x", ",d", "n"]:
    out = []
    for n in ints:
        try:
            out.append(format(n, spec))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(repr(spec), out)
for spec in ["", "s", "10", "<10", ">10", "^10", ".2", "10.2", "*<6", "=5"]:
    try:
        print(repr(spec), repr(format("hello", spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
for bad in [("x", "d"), (1.5, "d"), (1, "s"), (1, ",s"), ("s", "+")]:
    try:
        print(format(*bad))
    except ValueError as e:
        print("ValueError:", e)
print(format(None), format([1, 2]), format(1 + 0j), format(object, "") == str(object))
try:
    format(object(), "x")
except TypeError as e:
    print(e)
