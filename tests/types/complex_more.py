# complex arithmetic identities, powers, comparisons and conversions.
z = 3 - 4j
print(z * z.conjugate(), abs(z) ** 2, z / z, z - z, z + 0, 0 + z, z * 1, -z.conjugate())
print((1 + 1j) ** 2, (1 + 1j) ** 3, (1j) ** 3, 2 ** 1j if False else "skip", pow(1 + 1j, 2))
print((0.5 + 0.5j) * 2, (3 + 4j) / 5, (1 + 2j) / (3 + 4j), 1 / (1 + 1j))
print(complex(2, 0) == 2, complex(2, 1) != 2, 1j == complex(0, 1), (1 + 0j) in [1])
print(z.real + z.imag, type(z.real).__name__, isinstance(z, complex), complex(z) is z)
print(complex(True, False), complex(1.5), complex("1e-3j"), complex(" 2 "), complex(-0.0, -1))
try:
    complex("1", 2)
except TypeError as e:
    print(e)
try:
    z < 1
except TypeError as e:
    print(e)
print(sum([1j, 2j, 3]), [abs(c) for c in (3j, -4, 6 + 8j)])
print(hash(complex(3, 0)) == hash(3), hash(1j) == hash(1j))
