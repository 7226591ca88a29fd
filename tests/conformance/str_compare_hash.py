words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'éclair', 'zebra', '']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(hash('abc') == hash('ab' + 'c'), hash('') == hash(''), {'a': 1}['a'])
d = {}
for w in words:
    d[w] = len(w)
print([d[w] for w in words])
print('abc' is 'abc' if False else 'skip', 'a' * 3 == 'aaa')
