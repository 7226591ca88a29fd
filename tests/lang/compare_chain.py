# Chained comparisons evaluate each operand once and short-circuit.
def v(x):
    print("eval", x)
    return x

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(1 == 1.0 == True, 1 is not None is not False)
x = 5
print(0 <= x < 10, 0 <= x < 5)
print(1 < 2 > 1 < 2 != 3)
print("a" < "b" <= "b" < "c")
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), [] < [0])
print(1 in [1, 2] in [[1, 2]])
print(2 not in [1, 3], 'ab' in 'cabd', 'x' not in 'abc')
a = [1]
b = a
print(a is b, a is [1], a == [1], a is not b)
print(None == None, None is None, None != 0)
