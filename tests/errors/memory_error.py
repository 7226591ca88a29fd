# Impossibly large allocations raise MemoryError or OverflowError instead of crashing.
for label, fn in [("list repeat", lambda: [0] * (2 ** 62)),
                  ("str repeat", lambda: "ab" * (2 ** 62)),
                  ("bytes repeat", lambda: b"x" * (2 ** 63 - 1)),
                  ("tuple repeat", lambda: (1, 2) * (2 ** 62)),
                  ("huge repeat", lambda: [0] * (2 ** 70)),
                  ("bytes(n)", lambda: bytes(2 ** 63)),
                  ("shift", lambda: 1 << (2 ** 63))]:
    try:
        fn()
        print(label, "succeeded?")
    except (MemoryError, OverflowError) as e:
        print(label, type(e).__name__)
print("still running")
