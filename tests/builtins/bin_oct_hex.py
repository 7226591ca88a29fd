# bin, oct and hex of ints, bools, big and negative values and __index__.
for n in [0, 1, -1, 7, -8, 255, 256, 2 ** 64, -(2 ** 64) + 1, True]:
    print(bin(n), oct(n), hex(n))
class I:
    def __index__(self):
        return 42
print(bin(I()), oct(I()), hex(I()))
for bad in [1.5, "1", None]:
    try:
        hex(bad)
    except TypeError as e:
        print(e)
print(format(10, "b"), format(10, "o"), format(10, "x"), int(bin(-10), 2), int(hex(-255), 16))
