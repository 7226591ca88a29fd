# int.to_bytes with lengths at the edges: exact fits, overflow, huge lengths.
for v, n, signed in ((255, 1, False), (256, 1, False), (-128, 1, True), (-129, 1, True), (127, 1, True),
                     (128, 1, True), (0, 0, False), (1, 0, False), (-1, 3, True), (2**64, 9, False)):
    try:
        print(v, n, (v).to_bytes(n, 'big', signed=signed), (v).to_bytes(n, 'little', signed=signed))
    except OverflowError as e:
        print(v, n, "OverflowError", e)
for n in (2**62, 2**63, -1):
    try:
        (1).to_bytes(n, 'big')
    except (MemoryError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
