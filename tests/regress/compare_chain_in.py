# Chained membership tests whose operands are list displays (the last one is
# folded to a constant tuple by the compiler).
print(1 in [1, 2] in [[1, 2]])
print(3 in [1, 2] in [[1, 2]], 1 in [1, 2] not in [[1, 2]])
def f(a):
    return a in [1, 2] in [[1, 2]]
print(f(1), f(5))
if 1 in [1, 2] in [[1, 2]]:
    print("taken")
x = [1, 2]
print(1 in x in [[1, 2]], [1] < [2] < [3], 1 < 2 > 0 == 0)
