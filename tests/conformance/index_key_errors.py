for c in [lambda: [][0], lambda: [1][-2], lambda: ()[5], lambda: ''[0], lambda: range(3)[3], lambda: b''[0], lambda: bytearray()[0],
          lambda: [].pop(), lambda: [1, 2].pop(7), lambda: {}['k'], lambda: {}[(1, 2)], lambda: {}[None], lambda: set().pop(),
          lambda: {}.pop(1), lambda: 'abc'[2**64], lambda: [1][-2**64], lambda: {1: 1}[1.5], lambda: {}.popitem()]:
    try:
        c()
    except (IndexError, KeyError) as e:
        print(type(e).__name__, repr(e), str(e))
