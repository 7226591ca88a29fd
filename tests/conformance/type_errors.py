cases = [lambda: 1 + 'a', lambda: 'a' + 1, lambda: [] + (), lambda: 1 - 'a', lambda: {} + {}, lambda: None + 1, lambda: 'a' * 'b',
         lambda: -'a', lambda: ~1.5, lambda: 1 < 'a', lambda: [] < {}, lambda: None < None, lambda: len(1), lambda: 1(), lambda: 'a'[None],
         lambda: [][1:2:'a'], lambda: {}[[]], lambda: 1[0], lambda: None[0], lambda: iter(1), lambda: (1, 2)[1.0], lambda: 'abc'.join(1),
         lambda: int([]), lambda: float([]), lambda: abs(None), lambda: 5 % 'a', lambda: divmod('a', 1), lambda: 2 ** 'x', lambda: [1] * [2],
         lambda: sorted(1), lambda: min(), lambda: {}.get(), lambda: 'x'.startswith(), lambda: hash([]), lambda: object() + 1]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
