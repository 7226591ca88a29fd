# A backtracking solver for a 4x4 and a 9x9 sudoku.
def solve(grid, n):
    box = int(n ** 0.5)
    def ok(r, c, v):
        if v in grid[r]:
            return False
        if any(grid[i][c] == v for i in range(n)):
            return False
        br, bc = r - r % box, c - c % box
        return all(grid[i][j] != v for i in range(br, br + box) for j in range(bc, bc + box))
    for r in range(n):
        for c in range(n):
            if grid[r][c] == 0:
                for v in range(1, n + 1):
                    if ok(r, c, v):
                        grid[r][c] = v
                        if solve(grid, n):
                            return True
                        grid[r][c] = 0
                return False
    return True
g4 = [[1, 0, 0, 0], [0, 0, 3, 0], [0, 4, 0, 0], [0, 0, 0, 2]]
print(solve(g4, 4))
for row in g4:
    print(row)
puzzle = """
530070000
600195000
098000060
800060003
400803001
700020006
060000280
000419005
000080079"""
g9 = [[int(c) for c in line] for line in puzzle.split()]
print(solve(g9, 9))
for row in g9:
    print("".join(map(str, row)))
