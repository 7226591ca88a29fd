# __hash__ rules: defining __eq__ disables hashing unless __hash__ is given.
class Plain: pass
class EqOnly:
    def __eq__(self, o): return True
class EqHash:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, EqHash) and self.k == o.k
    def __hash__(self): return hash(self.k)
class NoHash:
    __hash__ = None
class ChildOfEqHash(EqHash):
    def __eq__(self, o): return False
class ChildKeepsHash(EqHash):
    pass
p = Plain()
print(hash(p) == hash(p), {p: 1}[p])
print(EqOnly.__hash__)
for cls in (EqOnly, NoHash, ChildOfEqHash):
    try:
        hash(cls() if cls is not ChildOfEqHash else cls(1))
    except TypeError as e:
        print(cls.__name__, "->", e)
print(hash(ChildKeepsHash(5)) == hash(5))
s = {EqHash(1), EqHash(1), EqHash(2)}
print(len(s))
d = {EqHash("a"): 1}
print(d[EqHash("a")])
class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class BadHash:
    def __hash__(self): return "no"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(0), hash(-2))
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    hash([1])
except TypeError as e:
    print(e)
try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    {{1}}
except TypeError as e:
    print(e)
print(hash(10 ** 30) == hash(10 ** 30), hash(2 ** 61 - 1), hash(2 ** 61), hash(1.5))
