print(list(enumerate(zip('ab', range(10, 12)), 1)))
print(list(map(lambda t: t[0] * t[1], zip([1, 2, 3], [4, 5, 6]))))
print(list(filter(str.isdigit, 'a1b2c3')), ''.join(filter(str.isalpha, 'a1b2c3')))
print(dict(enumerate('abc')), list(zip(*enumerate('xy'))))
print(sorted(zip([3, 1, 2], 'cab')), max(zip([1, 3, 2], 'abc')), min(enumerate('zyx'), key=lambda p: p[1]))
it = iter(range(10))
print(list(zip(it, it, it)), list(it))
print(list(reversed(list(enumerate('abc')))), sum(map(len, ['a', 'bb', 'ccc'])))
print(any(map(str.isupper, 'abC')), all(map(bool, [1, 'x', [0]])), list(map(str.upper, filter(None, ['a', '', 'b']))))
class CountCalls:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n if self.n < 5 else 'stop'
print(list(iter(CountCalls(), 'stop')))
print(next(filter(lambda x: x > 2, range(10))), next(map(str, [9])), next(zip('a', 'b')))
