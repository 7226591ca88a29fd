# __ne__ defaults to the inverse of __eq__; comparisons with NotImplemented both ways.
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print(f"E.__eq__({self.v}, {getattr(o, 'v', type(o).__name__)})")
        if isinstance(o, E):
            return self.v == o.v
        return NotImplemented
print(E(1) != E(1), E(1) != E(2))
print(E(1) == 1, E(1) != 1)
class Other:
    def __eq__(self, o):
        print("Other.__eq__")
        return "other says"
print(E(5) == Other())
print(Other() == E(5))
class OnlyNe:
    def __ne__(self, o):
        return "custom ne"
print(OnlyNe() != 1, OnlyNe() == OnlyNe())
x = OnlyNe()
print(x == x)
print([E(1)] == [E(1)], E(2) in [E(1), E(2)])
