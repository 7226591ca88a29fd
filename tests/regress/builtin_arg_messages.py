# Argument errors of staticmethod/classmethod (and subclasses) and
# float.fromhex use CPython's messages.
class SM(staticmethod): pass
class CM(classmethod): pass
for f in (lambda: staticmethod(), lambda: classmethod(), lambda: staticmethod(1, 2), lambda: CM(1, 2),
          lambda: SM(), lambda: staticmethod(f=1), lambda: classmethod(f=1), lambda: float.fromhex(1),
          lambda: float.fromhex(b'0x1p3'), lambda: float.fromhex()):
    try:
        print(f())
    except TypeError as e:
        print(e)
print(float.fromhex('0x1.8p1'), staticmethod(len).__func__ is len, CM(len).__func__ is len)
tests = [lambda: (1j).__format__(), lambda: (1.5).__round__(1, 2), lambda: (1.5).__format__(), lambda: float.__getformat__(), lambda: (1).bit_length(1),
         lambda: (1).__round__(1, 2), lambda: (1).__format__(), lambda: (1j).conjugate(1), lambda: (1).as_integer_ratio(1),
         lambda: (1.5).hex(1), lambda: (1.5).is_integer(1), lambda: (1).to_bytes(1, 'big', 1), lambda: int.from_bytes(),
         lambda: (1).__format__(1), lambda: (1.5).__format__(1), lambda: (1).bit_count(1), lambda: (1.5).as_integer_ratio(1)]
for f in tests:
    try: f()
    except Exception as e: print(type(e).__name__, e)
