# Messages of index and key errors from built-in containers.
tests = [
    lambda: [1, 2][5],
    lambda: [1, 2][-3],
    lambda: (1,)[1],
    lambda: "ab"[2],
    lambda: b"ab"[2],
    lambda: bytearray(b"ab")[9],
    lambda: range(3)[3],
    lambda: {}["k"],
    lambda: {1: 2}[(1, 2)],
    lambda: [][0],
    lambda: [1]["x"],
    lambda: (1,)[1.0],
    lambda: "abc"[None],
    lambda: {}[[1]],
]
for t in tests:
    try:
        t()
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
def setitem(obj, k, v):
    obj[k] = v
for obj, k in [([1], 3), ([], 0), (bytearray(b"a"), 5), ("s", 0), ((1,), 0), (range(3), 0)]:
    try:
        setitem(obj, k, 0)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
def delitem(obj, k):
    del obj[k]
for obj, k in [([1], 3), ({}, "k"), ((1,), 0), ("s", 0)]:
    try:
        delitem(obj, k)
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
