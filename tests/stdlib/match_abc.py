# Pattern matching against collections.abc classes: subclasses and registered
# classes are sequences and mappings; deque, OrderedDict and defaultdict too.
import collections
from collections.abc import Sequence, Mapping

class MySeq(Sequence):
    def __init__(self, *items): self.items = items
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]

class MyMap(Mapping):
    def __init__(self, **kw): self.d = kw
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)

class Reg: 
    def __len__(self): return 1
    def __getitem__(self, i):
        if i == 0: return "only"
        raise IndexError
Sequence.register(Reg)

for v in [MySeq(1, 2), collections.deque([3, 4]), MyMap(a=1, b=2), Reg(), collections.OrderedDict(a=1), collections.defaultdict(int, a=3), (7, 8)]:
    match v:
        case {"a": a, **rest}:
            print("map", a, dict(rest))
        case [x, y]:
            print("seq2", x, y)
        case [x]:
            print("seq1", x)
        case _:
            print("other", type(v).__name__)

def g(data):
    for d in data:
        match d:
            case {"n": int(n)} if (m := n * 2) > 2:
                yield m
            case [*xs] if xs:
                yield sum(xs)
print(list(g([{"n": 1}, {"n": 5}, [1, 2, 3], []])))

def deep(n):
    p = "x"
    for _ in range(n):
        p = "[" + p + "]"
    src = f"match v:\n case {p}:\n  r = x\n case _:\n  r = None\n"
    v = 7
    for _ in range(n):
        v = [v]
    ns = {"v": v}
    exec(src, ns)
    return ns["r"]
print(deep(50))
match (
    1,
    2):
    case (a,
          b):
        print("multiline", a, b)
