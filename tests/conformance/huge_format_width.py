# Each of these must fail quickly (MemoryError / OverflowError), not grow memory for minutes.
for make in [lambda: format(1, '99999999999'), lambda: '{:99999999999}'.format('x'), lambda: format(2.5, '99999999999'), lambda: 'a\tb'.expandtabs(2**62)]:
    try:
        r = make()
        print('ok', len(r))
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__, e)
