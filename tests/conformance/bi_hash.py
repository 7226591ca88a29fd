print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(-0.0) == hash(False))
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(2**64), hash(-2**64))
print(hash(1.5), hash(0.1), hash(float('inf')), hash(float('-inf')), hash(1e100))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash(3+0j) == hash(3))
for v in [[1], {}, set()]:
    try:
        hash(v)
    except TypeError as e:
        print(e)
class H:
    def __hash__(self): return 2**70
print(hash(H()) == hash(2**70))
class NoHash:
    def __eq__(self, o): return True
try:
    hash(NoHash())
except TypeError as e:
    print(e)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
