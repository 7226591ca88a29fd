# Checksums of case mappings over the BMP and plane 1, per 8192 code points.
for start in range(0, 0x20000, 0x2000):
    up = low = title = fold = swap = 0
    for cp in range(start, start + 0x2000):
        if 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        for s in (c.upper(), ):
            if s != c:
                up = (up * 7 + sum(map(ord, s)) + cp) % 1000003
        s = c.lower()
        if s != c:
            low = (low * 7 + sum(map(ord, s)) + cp) % 1000003
        s = c.title()
        if s != c:
            title = (title * 7 + sum(map(ord, s)) + cp) % 1000003
        s = c.casefold()
        if s != c:
            fold = (fold * 7 + sum(map(ord, s)) + cp) % 1000003
        s = c.swapcase()
        if s != c:
            swap = (swap * 7 + sum(map(ord, s)) + cp) % 1000003
    print(hex(start), up, low, title, fold, swap)
print('ΣΑΣ'.lower(), 'ὈΔΥΣΣΕΎΣ'.lower(), 'ﬃ'.upper(), 'ŉ'.upper(), 'İ'.lower(), len('İ'.lower()), 'ß'.title(), 'ǳ'.title())
