def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2; s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
def next_prime(n):
    while not is_probable_prime(n):
        n += 1
    return n
p, q = next_prime(2**64 + 13), next_prime(3**45)
n, phi, e = p * q, (p - 1) * (q - 1), 65537
g, x, _ = egcd(e, phi)
d = x % phi
print(p, q, g, d == pow(e, -1, phi))
msg = int.from_bytes(b'hello gilpy', 'big')
c = pow(msg, e, n)
print(c, pow(c, d, n).to_bytes(11, 'big'))
print([n for n in range(2**61 - 50, 2**61) if is_probable_prime(n)], is_probable_prime(2**89 - 1), is_probable_prime(2**89 + 1))
