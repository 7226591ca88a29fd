tests = [lambda: 'a' * 2**62, lambda: 'ab' * 2**62, lambda: [0] * 2**62, lambda: [1, 2] * 2**62, lambda: (1,) * 2**62, lambda: b'x' * 2**62,
         lambda: bytearray(2**62), lambda: 'a'.center(2**62), lambda: 'a'.ljust(2**63), lambda: 'a' * 2**63, lambda: [0] * 2**63, lambda: bytes(2**63),
         lambda: 'x'.zfill(2**62), lambda: '%*d' % (2**62, 1), lambda: range(2**63)[2**63 - 1], lambda: len(range(2**63)), lambda: [None] * (2**61),
         lambda: ' '.join(['a'] * 3) * 2**61, lambda: list(range(2**62)), lambda: bytearray(b'a') * 2**62, lambda: 'abc'[2**63:], lambda: [1, 2][:2**100],
         lambda: (1).to_bytes(2**62, 'big'), lambda: 'abc'.expandtabs(2**62)]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, 'ok', r if not isinstance(r, (str, list, bytes)) or len(r) < 20 else len(r))
    except (MemoryError, OverflowError, ValueError, IndexError) as e:
        print(i, type(e).__name__, e)
