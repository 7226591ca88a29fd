print(len(''), len('héllo'), len(b'\x00\x01'), len([1]), len({1: 2}), len(range(10**20)) if False else len(range(0, 100, 7)))
class L:
    def __len__(self): return 5
print(len(L()))
class Neg:
    def __len__(self): return -1
try:
    len(Neg())
except ValueError as e:
    print(e)
class Big:
    def __len__(self): return 2**64
try:
    len(Big())
except OverflowError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    len(range(2**64))
except OverflowError as e:
    print(e)
class F:
    def __len__(self): return 1.5
try:
    len(F())
except TypeError as e:
    print(e)
