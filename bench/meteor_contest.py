# A piece placement solver in the style of the meteor puzzle: the twelve
# pentominoes, every rotation and reflection precomputed as bit masks and
# indexed by their lowest cell, fill a W x H board; the search always covers
# the first empty cell, prunes boards with isolated regions whose size is not
# a multiple of five, and counts all solutions.
# Usage: meteor_contest.py [WIDTH]   (the board is WIDTH x 3, or WIDTH x 5 up to 12)
import sys

DEFAULT_SIZE = 7

PIECES = {
    'F': [(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)],
    'I': [(0, 0), (1, 0), (2, 0), (3, 0), (4, 0)],
    'L': [(0, 0), (0, 1), (0, 2), (0, 3), (1, 3)],
    'N': [(1, 0), (1, 1), (0, 2), (1, 2), (0, 3)],
    'P': [(0, 0), (1, 0), (0, 1), (1, 1), (0, 2)],
    'T': [(0, 0), (1, 0), (2, 0), (1, 1), (1, 2)],
    'U': [(0, 0), (2, 0), (0, 1), (1, 1), (2, 1)],
    'V': [(0, 0), (0, 1), (0, 2), (1, 2), (2, 2)],
    'W': [(0, 0), (0, 1), (1, 1), (1, 2), (2, 2)],
    'X': [(1, 0), (0, 1), (1, 1), (2, 1), (1, 2)],
    'Y': [(1, 0), (0, 1), (1, 1), (1, 2), (1, 3)],
    'Z': [(0, 0), (1, 0), (1, 1), (1, 2), (2, 2)],
}


def orientations(cells):
    seen = set()
    result = []
    shape = cells
    for flip in range(2):
        for rot in range(4):
            shape = [(y, -x) for (x, y) in shape]
            minx = min(x for x, y in shape)
            miny = min(y for x, y in shape)
            norm = tuple(sorted((x - minx, y - miny) for x, y in shape))
            if norm not in seen:
                seen.add(norm)
                result.append(norm)
        shape = [(-x, y) for (x, y) in shape]
    return result


class Board:
    def __init__(self, width, height):
        self.width = width
        self.height = height
        self.cells = width * height
        self.full = (1 << self.cells) - 1
        names = sorted(PIECES)
        self.names = names
        # by_cell[c] lists (piece index, mask) whose lowest cell is c.
        self.by_cell = [[] for _ in range(self.cells)]
        for pi, name in enumerate(names):
            for shape in orientations(PIECES[name]):
                w = max(x for x, y in shape) + 1
                h = max(y for x, y in shape) + 1
                for oy in range(height - h + 1):
                    for ox in range(width - w + 1):
                        mask = 0
                        for x, y in shape:
                            mask |= 1 << ((oy + y) * width + ox + x)
                        low = (mask & -mask).bit_length() - 1
                        self.by_cell[low].append((pi, mask))
        self.neighbours = []
        for c in range(self.cells):
            x, y = c % width, c // width
            ns = []
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                if 0 <= x + dx < width and 0 <= y + dy < height:
                    ns.append((y + dy) * width + x + dx)
            self.neighbours.append(ns)

    def dead(self, filled):
        # Flood the empty region next to the first empty cell; a region
        # whose size is not a multiple of five cannot be tiled.
        free = ~filled & self.full
        start = (free & -free).bit_length() - 1
        stack = [start]
        seen = 1 << start
        size = 0
        while stack:
            c = stack.pop()
            size += 1
            for n in self.neighbours[c]:
                bit = 1 << n
                if free & bit and not seen & bit:
                    seen |= bit
                    stack.append(n)
        return size % 5 != 0

    def solve(self):
        solutions = []
        placed = []
        stats = [0]
        def search(filled, used):
            stats[0] += 1
            if filled == self.full:
                solutions.append(list(placed))
                return
            if self.dead(filled):
                return
            free = ~filled & self.full
            cell = (free & -free).bit_length() - 1
            for pi, mask in self.by_cell[cell]:
                if used & (1 << pi) or filled & mask:
                    continue
                placed.append((pi, mask))
                search(filled | mask, used | (1 << pi))
                placed.pop()
        search(0, 0)
        return solutions, stats[0]

    def render(self, solution):
        grid = ['.'] * self.cells
        for pi, mask in solution:
            for c in range(self.cells):
                if mask >> c & 1:
                    grid[c] = self.names[pi]
        return [''.join(grid[r * self.width:(r + 1) * self.width])
                for r in range(self.height)]


def main(width):
    height = 3 if width > 12 else 5
    board = Board(width, height)
    solutions, nodes = board.solve()
    print('board %dx%d placements %d' % (width, height, sum(map(len, board.by_cell))))
    print('solutions', len(solutions), 'nodes', nodes)
    rendered = sorted('/'.join(board.render(s)) for s in solutions)
    for line in rendered[:2] + rendered[-1:]:
        print(line)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
