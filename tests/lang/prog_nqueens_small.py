# N-queens: count and print solutions with a generator-based backtracker.
def queens(n):
    cols, d1, d2 = set(), set(), set()
    placement = []
    def place(r):
        if r == n:
            yield list(placement)
            return
        for c in range(n):
            if c in cols or r - c in d1 or r + c in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c); placement.append(c)
            yield from place(r + 1)
            cols.remove(c); d1.remove(r - c); d2.remove(r + c); placement.pop()
    return place(0)
for n in range(1, 9):
    print(n, sum(1 for _ in queens(n)))
first = next(queens(8))
print(first)
for c in first:
    print("".join("Q" if i == c else "." for i in range(8)))
