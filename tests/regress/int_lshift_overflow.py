# A left shift whose result cannot exist raises the same exception type as
# CPython: OverflowError past the largest int size, MemoryError below it.
for e in ("1 << 2**62", "1 << 2**64", "2**100 << 2**63", "1 << 2**100",
          "True << 2**100", "-7 << (30 * 2**61 - 100)", "1 << (30 * 2**61 + 100)"):
    try:
        eval(e)
    except (OverflowError, MemoryError) as x:
        print(e, type(x).__name__, x)
print(1 >> 2**100, -1 >> 2**100, 0 << 2**100, 5 << 3)
