calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls); calls.clear()
print(v(3) < v(2) < v(1), calls); calls.clear()
print(v(1) == v(1) != v(2) is not None, calls); calls.clear()
print(1 < 2 > 0 < 5 != 4, 0 <= 0 >= 0, 'a' < 'b' <= 'b' in 'abc')
x = 5
print(0 < x < 10, 10 < x < 20, x in [5] == True, (x in [5]) == True, not x is None, None is not x)
print(1 in [1] in [[1]], [] is not [], 1 is 1 if False else True)
class Cmp:
    def __lt__(self, o):
        print('lt called')
        return self
    def __bool__(self):
        print('bool called')
        return False
print(type(Cmp() < Cmp() < Cmp()).__name__)
