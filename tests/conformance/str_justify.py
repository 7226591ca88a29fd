print(repr('ab'.center(6)), repr('ab'.center(5)), repr('abc'.center(6, '*')), repr('ab'.center(1)))
print(repr('ab'.ljust(5, '-')), repr('ab'.rjust(5)), repr('é'.rjust(3, 'ü')), repr(''.center(3, 'x')))
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(6), 'abc'.zfill(2), ''.zfill(3), '-'.zfill(3))
try:
    'a'.center(5, 'ab')
except TypeError as e:
    print(e)
print('a\tbc\td'.expandtabs(), 'a\tbc\td'.expandtabs(4), 'x\ty\nab\tc'.expandtabs(2), repr('\t'.expandtabs(0)))
