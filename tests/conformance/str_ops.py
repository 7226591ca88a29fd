print('ab' + 'cd', 'ab' * 3, 3 * 'x', 'a' * 0, 'a' * -5, 'ab' in 'cabd', '' in 'x', 'x' not in '')
print('a' < 'b', 'ab' < 'b', 'Z' < 'a', 'é' > 'z', 'abc' == 'abc', 'a' != 'a', '' < 'a')
try:
    'a' + 1
except TypeError as e:
    print(e)
try:
    'a' < 1
except TypeError as e:
    print(e)
try:
    'a' * 1.5
except TypeError as e:
    print(e)
try:
    1 in 'abc'
except TypeError as e:
    print(e)
s = 'x'
s += 'y'
s *= 2
print(s, min('hello'), max('hello'), sorted('hello'), list(reversed('abc')))
