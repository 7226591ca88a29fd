# format() across types with common specs.
items = [42, -3.5, True, "str", 1 + 2j, None, [1], 2 ** 70]
for spec in ["", ">8", "<8", "^8"]:
    row = []
    for v in items:
        try:
            row.append(format(v, spec))
        except (TypeError, ValueError) as e:
            row.append(type(e).__name__)
    print(repr(spec), row)
print(format(42, "x"), format(42.0, "%"), format(0.1, ".3"), format(-0.0, "+"), format(2 ** 70, ","))
print(format("é", "^5"), format("😀", "*>3"), format(b"x".decode(), "4"))
