# Integer loops and arithmetic: a linear congruential generator, sums, modular steps.
# Usage: loop_arith.py [N]
import sys


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000000
    x = 12345
    total = 0
    odd = 0
    i = 0
    while i < n:
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        total += x % 1000
        if x & 1:
            odd += 1
        i += 1
    acc = 0
    for j in range(n // 2):
        acc = (acc + j * j) % 1000000007
    print("loop_arith(%d): total %d, odd %d, acc %d" % (n, total, odd, acc))


main()
