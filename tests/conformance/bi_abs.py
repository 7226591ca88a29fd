print(abs(-5), abs(5), abs(0), abs(-0.0), abs(-2.5))
print(abs(-2**63), abs(-2**64), abs(2**62), abs(-2**62))
print(abs(True), abs(False), abs(-1e308), abs(float('-inf')))
print(abs(3+4j), abs(-1j))
class A:
    def __abs__(self): return 'absA'
print(abs(A()))
try:
    abs('x')
except TypeError as e:
    print(e)
