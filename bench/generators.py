# Generator pipelines: chained generators, generator expressions, yield from.
# Usage: generators.py [N]
import sys


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(it):
    for x in it:
        yield x * x


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def chunks(it, size):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(chunks_it):
    for c in chunks_it:
        yield from c


def tree(depth):
    if depth == 0:
        yield 1
        return
    yield from tree(depth - 1)
    yield depth
    yield from tree(depth - 1)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 4000000
    total = sum(flatten(chunks(evens(squares(numbers(n))), 7)))
    total2 = sum(x % 7 for x in (y * 3 for y in range(n)) if x & 1)
    total3 = sum(tree(18))
    print("generators(%d): %d %d %d" % (n, total % 1000000007, total2, total3))


main()
