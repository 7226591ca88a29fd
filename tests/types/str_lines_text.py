# Multi-line text handling: splitlines, expandtabs, indentation, column alignment.
text = "name\tqty\tprice\napple\t3\t1.25\nbanana\t12\t0.5\ncherry\t100\t12.0\n"
for line in text.splitlines():
    print(line.expandtabs(10).rstrip() + "|")
rows = [l.split("\t") for l in text.strip().split("\n")]
widths = [max(len(r[i]) for r in rows) for i in range(3)]
for r in rows:
    print(" | ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))))
block = """
    def indented():
        return 1

    print(indented())
"""
lines = block.splitlines()
indent = min(len(l) - len(l.lstrip()) for l in lines if l.strip())
print("\n".join(l[indent:] for l in lines).strip("\n"))
print(repr("a\r\nb\rc\nd".splitlines()), repr("x\n\ny\n".split("\n")))
para = "word " * 23
out, line = [], ""
for w in para.split():
    if len(line) + len(w) + 1 > 30:
        out.append(line)
        line = w
    else:
        line = (line + " " + w).strip()
out.append(line)
print(out)
