z = complex(3, 4)
print(z, z.real, z.imag, abs(z), z.conjugate(), z * 1j, z / 2, -z, z == 3 + 4j)
print(complex('1+2j'), complex('-j'), complex(), complex(2), 1j ** 2, (1 + 1j) ** 2)
print(repr(1j), repr(-0j), repr(complex(0, -0.0)), repr(complex(1e20, 1)), repr(complex(float('inf'), 1)))
try:
    1j < 2j
except TypeError as e:
    print(e)
try:
    complex('1+')
except ValueError as e:
    print(e)
try:
    (1 + 1j) // 2
except TypeError as e:
    print(e)
print(hash(1 + 0j) == hash(1), complex(1, 2) + 1, 2 - complex(1, 1), (2+0j) ** 0.5)
