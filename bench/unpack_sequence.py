# Tuple and list unpacking in tight loops: fixed-size unpacking of tuples and
# lists, starred targets, nested targets, swaps and unpacking in for loops.
# Usage: unpack_sequence.py [LOOPS]
import sys

DEFAULT_SIZE = 500000


def do_unpacking(loops, to_unpack):
    s = 0
    for _ in range(loops):
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        a, b, c, d, e, f, g, h, i, j = to_unpack
        s += a + j
    return s


def do_starred(loops, seq):
    s = 0
    for _ in range(loops):
        first, *middle, last = seq
        *init, tail = seq
        head, *rest = seq
        s += first + last + len(middle) + tail + head + len(init) + len(rest)
    return s


def do_nested(loops):
    s = 0
    pairs = [((i, i + 1), [i * 2, (i * 3, i * 4)]) for i in range(10)]
    for _ in range(loops):
        for (a, b), [c, (d, e)] in pairs:
            s += a + b + c + d + e
    return s


def do_swaps(loops):
    x, y, z = 1, 2, 3
    for i in range(loops):
        x, y = y, x
        x, y, z = z, x, y
        x, y, z = y, z, x
        x, y, z, w = x + 1, y, z, i
    return x, y, z


def do_enumerate_zip(loops):
    keys = ["k%d" % i for i in range(20)]
    values = list(range(20))
    s = 0
    for _ in range(loops // 10):
        for i, (k, v) in enumerate(zip(keys, values)):
            s += i + v + len(k)
        d = dict(zip(keys, values))
        for k, v in d.items():
            s += v
    return s


def main(loops):
    t = tuple(range(10))
    l = list(range(10))
    print("tuple", do_unpacking(loops, t))
    print("list", do_unpacking(loops, l))
    print("starred", do_starred(loops, l), do_starred(loops, t))
    print("nested", do_nested(loops // 10))
    print("swaps", do_swaps(loops))
    print("enumerate", do_enumerate_zip(loops))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
