memo = {}
def ways(n, coins):
    key = (n, len(coins))
    if key in memo:
        return memo[key]
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    r = ways(n - coins[0], coins) + ways(n, coins[1:])
    memo[key] = r
    return r
print(ways(100, [50, 25, 10, 5, 1]), ways(300, [200, 100, 50, 20, 10, 5, 2, 1]))
def lcs(a, b):
    table = {}
    def go(i, j):
        if i == len(a) or j == len(b):
            return 0
        if (i, j) not in table:
            if a[i] == b[j]:
                table[i, j] = 1 + go(i + 1, j + 1)
            else:
                table[i, j] = max(go(i + 1, j), go(i, j + 1))
        return table[i, j]
    return go(0, 0)
print(lcs('AGGTABQWERTY', 'GXTXAYBWRT'), lcs('', 'abc'))
def collatz_len(n, cache={1: 1}):
    if n not in cache:
        cache[n] = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    return cache[n]
print(max(range(1, 10000), key=collatz_len))
