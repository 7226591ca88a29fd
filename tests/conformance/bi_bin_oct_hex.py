for v in [0, 1, -1, 255, -255, 2**63, -2**63, 2**64 - 1, 2**100]:
    print(bin(v), oct(v), hex(v))
class I:
    def __index__(self): return 42
print(bin(I()), oct(I()), hex(I()))
for bad in [1.5, 'a', None]:
    try:
        hex(bad)
    except TypeError as e:
        print(e)
