# Digits of pi from the unbounded spigot algorithm on big integers (Gibbons'
# streaming formulation with a linear fractional transformation state).
# Usage: pidigits.py [DIGITS]
import sys

DEFAULT_SIZE = 300


def pi_digits(n):
    q, r, t, k = 1, 0, 1, 1
    digits = []
    while len(digits) < n:
        # Extract the next digit when the transformation pins it down.
        m = (3 * q + r) // t
        if (4 * q + r) // t == m:
            digits.append(m)
            q, r = 10 * q, 10 * (r - m * t)
            continue
        q, r, t, k = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1), k + 1
    return digits


def main(n):
    digits = pi_digits(n)
    for i in range(0, n, 10):
        line = ''.join(str(d) for d in digits[i:i + 10])
        print("%-10s\t:%d" % (line, min(i + 10, n)))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
