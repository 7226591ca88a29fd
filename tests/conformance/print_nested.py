data = {'ints': [1, -2, 2**70], 'floats': (0.1, 1e-10, 1e22, float('inf')), 'mixed': [None, True, 'str', b'bytes', 1j, {1, 2}],
        'nested': [[[]], {'a': {'b': ()}}, (1,)], 'empty': [(), [], {}, set(), '', b'']}
for k, v in data.items():
    print(k, v)
print(data)
print([frozenset(), frozenset([1])], [range(3), slice(1, 2)], [len, print] if False else 'skip')
print(str([1.0, 2.50, -0.0]), repr(('a', "b'c", 'd"e', 'f\'g"h')), [b'\x00', bytearray(b'\xff')])
print([[1, [2, [3, [4, [5]]]]]], {1: {2: {3: {}}}}, ((((),),),))
