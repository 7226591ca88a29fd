# A Hexiom solver: numbered tiles go on the cells of a hexagonal board so that
# every tile's number equals how many of its neighbours hold a tile. The
# puzzles are generated from a linear congruential generator with a few tiles
# given, and every solution is found by constraint propagation and search.
# Usage: hexiom.py [PUZZLES]
import sys

DEFAULT_SIZE = 3
EMPTY = 7
DIRECTIONS = [(1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1)]


class Random:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


class Hex:
    """The cells of a hexagon with `side` cells on each edge."""

    def __init__(self, side):
        r = side - 1
        self.cells = []
        self.index = {}
        for q in range(-r, r + 1):
            for s in range(-r, r + 1):
                if abs(q + s) <= r:
                    self.index[(q, s)] = len(self.cells)
                    self.cells.append((q, s))
        self.count = len(self.cells)
        self.neighbours = []
        for (q, s) in self.cells:
            ns = []
            for dq, ds in DIRECTIONS:
                j = self.index.get((q + dq, s + ds))
                if j is not None:
                    ns.append(j)
            self.neighbours.append(tuple(ns))


class Puzzle:
    def __init__(self, hexagon, tiles, fixed):
        self.hex = hexagon
        self.tiles = tiles          # value -> how many tiles of that value
        self.fixed = fixed          # cell -> value given in advance


class Done(Exception):
    pass


class Solver:
    def __init__(self, puzzle):
        self.puzzle = puzzle
        self.hex = puzzle.hex
        self.solutions = []
        self.nodes = 0

    def initial_domains(self):
        values = set(v for v, n in self.puzzle.tiles.items() if n > 0)
        domains = []
        for i in range(self.hex.count):
            if i in self.puzzle.fixed:
                domains.append({self.puzzle.fixed[i]})
            else:
                d = set(v for v in values if v == EMPTY or v <= len(self.hex.neighbours[i]))
                domains.append(d)
        return domains

    def propagate(self, domains):
        neighbours = self.hex.neighbours
        changed = True
        while changed:
            changed = False
            used = {}
            for d in domains:
                if len(d) == 1:
                    v = next(iter(d))
                    used[v] = used.get(v, 0) + 1
            for v, n in used.items():
                if n > self.puzzle.tiles.get(v, 0):
                    return False
            for i, d in enumerate(domains):
                if not d:
                    return False
                sure = 0
                maybe = 0
                for j in neighbours[i]:
                    dj = domains[j]
                    if EMPTY not in dj:
                        sure += 1
                        maybe += 1
                    elif len(dj) > 1:
                        maybe += 1
                keep = set()
                for v in d:
                    if v == EMPTY:
                        if len(d) > 1 and used.get(EMPTY, 0) >= self.puzzle.tiles[EMPTY]:
                            continue
                        keep.add(v)
                    elif sure <= v <= maybe:
                        if len(d) > 1 and used.get(v, 0) >= self.puzzle.tiles[v]:
                            continue
                        keep.add(v)
                if len(keep) != len(d):
                    if not keep:
                        return False
                    domains[i] = keep
                    changed = True
        return True

    def search(self, domains):
        self.nodes += 1
        if not self.propagate(domains):
            return
        best = -1
        best_size = 100
        for i, d in enumerate(domains):
            if 1 < len(d) < best_size:
                best, best_size = i, len(d)
        if best < 0:
            self.solutions.append([next(iter(d)) for d in domains])
            return
        for v in sorted(domains[best]):
            copy = [set(d) for d in domains]
            copy[best] = {v}
            self.search(copy)

    def solve(self):
        self.search(self.initial_domains())
        return self.solutions


def make_puzzle(side, rng, given):
    hexagon = Hex(side)
    occupied = [rng.below(100) < 62 for _ in range(hexagon.count)]
    values = []
    for i in range(hexagon.count):
        if occupied[i]:
            values.append(sum(1 for j in hexagon.neighbours[i] if occupied[j]))
        else:
            values.append(EMPTY)
    tiles = {}
    for v in values:
        tiles[v] = tiles.get(v, 0) + 1
    fixed = {}
    while len(fixed) < given:
        i = rng.below(hexagon.count)
        fixed[i] = values[i]
    return Puzzle(hexagon, tiles, fixed), values


def render(hexagon, values):
    side = (max(q for q, s in hexagon.cells)) + 1
    lines = []
    r = side - 1
    for s in range(-r, r + 1):
        row = []
        for q in range(-r, r + 1):
            i = hexagon.index.get((q, s))
            if i is not None:
                v = values[i]
                row.append('.' if v == EMPTY else str(v))
        lines.append(' ' * abs(s) + ' '.join(row))
    return '\n'.join(lines)


def main(n):
    rng = Random(2024)
    total_solutions = 0
    total_nodes = 0
    for k in range(n):
        side = 3 + k % 2
        puzzle, answer = make_puzzle(side, rng, 4 if side == 3 else 17)
        solver = Solver(puzzle)
        solutions = solver.solve()
        if answer not in solutions:
            print("puzzle", k, "lost its own answer")
        total_solutions += len(solutions)
        total_nodes += solver.nodes
        print("puzzle %d side %d tiles %s: %d solutions, %d nodes" % (
            k, side, sorted(puzzle.tiles.items()), len(solutions), solver.nodes))
    print(render(puzzle.hex, solutions[0]))
    print("total", total_solutions, total_nodes)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
