for z in [complex(1, 2), complex(-0.0, -0.0), complex(0, 0), complex(1.5, -0.0), complex(float('nan'), 1), complex(1e300, 1e-300), 1j * 1j, complex(-1, 0)]:
    print(repr(z), str(z), z.real, z.imag, z == z)
for s in ['1', '1j', '-1.5-2.5j', ' (3+4j) ', 'inf+nanj', '1e3j', '+j', '-1e-3-1e-3J']:
    print(s, complex(s))
print(format(1 + 2j, '.2f'), format(3 - 4j, '>20'), format(1j, 'g'), '{:+.1e}'.format(1.5 + 2.5j), f'{complex(1, 1):.0f}')
print(abs(3 + 4j), (1 + 2j) * (3 - 1j), (1 + 2j) / (3 - 1j), (2j) ** 3, (1 + 1j) ** -1, 0j ** 0, pow(1j, 2))
print((1 + 2j).conjugate(), complex(2, 3) == complex(2.0, 3.0), hash(complex(1, 0)) == hash(1), complex(True, False))
for bad in ['1+2', 'j1', '1 + 2j', '']:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), e)
try:
    complex('1', 2)
except TypeError as e:
    print(e)
