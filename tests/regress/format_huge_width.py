# A format width beyond memory fails at once with MemoryError; ordinary
# widths, fills and grouping with zero padding still pad exactly.
for make in [lambda: format(1, '99999999999'), lambda: format(2.5, '99999999999'),
             lambda: format(3+4j, '99999999999'), lambda: format(1, 'é>99999999999'), lambda: format(65, '99999999999c')]:
    try:
        r = make()
        print('ok', len(r))
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__, e)
print(format(1234567, '0=20,'), format(-1234567, '020_'), format(12, '^9,'), format(5, 'é^7'), format(1.5, '*<8'))
print(format(1234567, '0=1,'), format(0, '0=6,'), format(123, '0=4,'), format(3+4j, '>12'), format(66, '☃^5c'))
print(len(format(7, '100000')), len(format(7, '0=100001,')))
