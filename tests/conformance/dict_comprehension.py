print({x: x * x for x in range(5)}, {k: v for k, v in zip('abc', 'xyz')})
print({x % 3: x for x in range(10)}, {(a, b): a * b for a in range(2) for b in range(2)})
print({v: k for k, v in {'a': 1, 'b': 2}.items()}, {x: [y for y in range(x)] for x in range(3)})
words = 'the quick brown fox jumps over the lazy dog the end'.split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
