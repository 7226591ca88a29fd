# The int <-> str digit limit (4300 by default) at its boundary, for int(),
# str(), repr(), format() and power-of-two bases (never limited).
for make in (lambda: int('9' * 4300), lambda: int('9' * 4301), lambda: str(10 ** 4299),
             lambda: str(-10 ** 4299), lambda: str(10 ** 4300), lambda: repr(-10 ** 4300),
             lambda: format(10 ** 4300, ','), lambda: format(10 ** 4299, 'd'),
             lambda: int('f' * 5000, 16), lambda: hex(10 ** 5000), lambda: f'{10 ** 4400:x}'):
    try:
        r = make()
        print('ok', len(str(r)) if isinstance(r, int) and r < 10 ** 4300 else len(r) if isinstance(r, str) else 'big')
    except ValueError as e:
        print(e)
