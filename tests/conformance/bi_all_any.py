print(all([]), any([]))
print(all([1, 2, 3]), all([1, 0, 3]), any([0, 0, 1]), any([0, '', None]))
print(all(x > 0 for x in range(1, 5)), any(x > 3 for x in range(3)))
def gen():
    for i in range(10):
        print('yield', i)
        yield i
print(any(gen()))
print(all(gen()))
print(all('abc'), any(''), all(['']))
try:
    all(5)
except TypeError as e:
    print(e)
