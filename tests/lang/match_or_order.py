# Or-patterns whose alternatives capture the same names in different orders:
# every name must get the value of its own position.


def perms(items):
    if len(items) <= 1:
        return [list(items)]
    out = []
    for i, x in enumerate(items):
        for rest in perms(items[:i] + items[i + 1:]):
            out.append([x] + rest)
    return out


names = ["a", "b", "c", "d", "e"]
orders = perms(names)[::7]
alts = " | ".join(f"[{k}, {', '.join(order)}]" for k, order in enumerate(orders))
src = f"""
def pick(v):
    match v:
        case {alts}:
            return a, b, c, d, e
    return None
"""
ns = {}
exec(src, ns)
pick = ns["pick"]
bad = 0
for k, order in enumerate(orders):
    values = {n: n.upper() + str(k) for n in names}
    got = pick([k] + [values[n] for n in order])
    if got != tuple(values[n] for n in names):
        bad += 1
print(len(orders), "alternatives,", bad, "wrong")

# The same with names captured before the or-pattern and subjects of
# enclosing patterns still on the stack.


class P:
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z


def nested(v):
    match v:
        case P(first, [0, p, q, r] | [1, r, p, q] | [2, q, r, p], last) if first != "skip":
            return first, p, q, r, last
        case {"pre": pre, "alt": (0, m, n) | (1, n, m) | [2, *n, m]}:
            return pre, m, n
    return None


for v in [P("f", [0, 1, 2, 3], "l"), P("f", [1, 3, 1, 2], "l"), P("f", [2, 2, 3, 1], "l"),
          P("skip", [0, 1, 2, 3], "l"), {"pre": 1, "alt": (0, "m", "n")},
          {"pre": 2, "alt": (1, "n", "m")}, {"pre": 3, "alt": [2, 7, 8, "m"]}]:
    print(nested(v))
