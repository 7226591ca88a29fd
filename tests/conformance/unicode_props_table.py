# Checksums of the str predicates over the BMP and the first supplementary planes, per 8192 code points.
props = ['isalpha', 'isdigit', 'isdecimal', 'isnumeric', 'isspace', 'isupper', 'islower', 'istitle', 'isprintable', 'isidentifier', 'isalnum']
for start in range(0, 0x30000, 0x2000):
    row = []
    for p in props:
        acc = 0
        for cp in range(start, start + 0x2000):
            if 0xD800 <= cp < 0xE000:
                continue
            if getattr(chr(cp), p)():
                acc = (acc * 31 + cp) % 1000003
        row.append(acc)
    print(hex(start), row)
