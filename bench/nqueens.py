# N-queens by brute force over permutations with set-based diagonal checks.
# Usage: nqueens.py [N]
import sys


def permutations(items):
    # Heap's algorithm, iterative, yielding tuples.
    a = list(items)
    n = len(a)
    c = [0] * n
    yield tuple(a)
    i = 0
    while i < n:
        if c[i] < i:
            if i % 2 == 0:
                a[0], a[i] = a[i], a[0]
            else:
                a[c[i]], a[i] = a[i], a[c[i]]
            yield tuple(a)
            c[i] += 1
            i = 0
        else:
            c[i] = 0
            i += 1


def n_queens(n):
    cols = range(n)
    count = 0
    first = None
    for vec in permutations(cols):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            count += 1
            if first is None or vec < first:
                first = vec
    return count, first


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    # Three rounds keep the default run near the intended length.
    for _ in range(3):
        count, first = n_queens(n)
    print("nqueens(%d): %d solutions, smallest %s" % (n, count, first))


main()
