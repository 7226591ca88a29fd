# A sudoku solver by constraint propagation and search: the candidates of each
# square are kept as strings in a dict, eliminated through units and peers
# (sets), and the search tries the square with the fewest candidates first.
# Usage: sudoku.py [ROUNDS]
import sys

DEFAULT_SIZE = 1

DIGITS = '123456789'
ROWS = 'ABCDEFGHI'
COLS = DIGITS


def cross(a, b):
    return [x + y for x in a for y in b]


SQUARES = cross(ROWS, COLS)
UNITLIST = ([cross(ROWS, c) for c in COLS] +
            [cross(r, COLS) for r in ROWS] +
            [cross(rs, cs) for rs in ('ABC', 'DEF', 'GHI')
             for cs in ('123', '456', '789')])
UNITS = dict((s, [u for u in UNITLIST if s in u]) for s in SQUARES)
PEERS = dict((s, set(sum(UNITS[s], [])) - {s}) for s in SQUARES)


def parse_grid(grid):
    values = dict((s, DIGITS) for s in SQUARES)
    for s, d in grid_values(grid).items():
        if d in DIGITS and not assign(values, s, d):
            return False
    return values


def grid_values(grid):
    chars = [c for c in grid if c in DIGITS or c in '0.']
    assert len(chars) == 81
    return dict(zip(SQUARES, chars))


def assign(values, s, d):
    other_values = values[s].replace(d, '')
    if all(eliminate(values, s, d2) for d2 in other_values):
        return values
    return False


def eliminate(values, s, d):
    if d not in values[s]:
        return values
    values[s] = values[s].replace(d, '')
    if len(values[s]) == 0:
        return False
    elif len(values[s]) == 1:
        d2 = values[s]
        if not all(eliminate(values, s2, d2) for s2 in PEERS[s]):
            return False
    for u in UNITS[s]:
        dplaces = [s2 for s2 in u if d in values[s2]]
        if len(dplaces) == 0:
            return False
        elif len(dplaces) == 1:
            if not assign(values, dplaces[0], d):
                return False
    return values


def search(values, stats):
    if values is False:
        return False
    stats[0] += 1
    if all(len(values[s]) == 1 for s in SQUARES):
        return values
    n, s = min((len(values[s]), s) for s in SQUARES if len(values[s]) > 1)
    for d in values[s]:
        result = search(assign(values.copy(), s, d), stats)
        if result:
            return result
    return False


def solve(grid, stats):
    return search(parse_grid(grid), stats)


def render(values):
    lines = []
    for r in ROWS:
        lines.append(''.join(values[r + c] for c in COLS))
    return ' '.join(lines)


def valid(values):
    def unit_ok(u):
        return set(values[s] for s in u) == set(DIGITS)
    return values is not False and all(unit_ok(u) for u in UNITLIST)


PUZZLES = [
    '003020600900305001001806400008102900700000008006708200002609500800203009005010300',
    '4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......',
    '52...6.........7.13...........4..8..6......5...........418.........3..2...87.....',
    '6.....8.3.4.7.................5.4.7.3..2.....1.6.......2.....5.....8.6......1....',
    '48.3............71.2.......7.5....6....2..8.............1.76...3.....4......5....',
    '....14....3....2...7..........9...3.6.1.............8.2.....1.4....5.6.....7.8...',
]


def main(rounds):
    for r in range(rounds):
        total = 0
        for p in PUZZLES:
            stats = [0]
            values = solve(p, stats)
            total += stats[0]
            if r == rounds - 1:
                print(render(values), valid(values), stats[0])
    print("search nodes per round", total)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
