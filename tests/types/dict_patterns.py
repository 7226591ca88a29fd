# Common dict idioms: counting, grouping, inverting, nested dicts, merging.
text = "one two three two three three"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
inv = {v: k for k, v in counts.items()}
print(inv)
nested = {}
for path, val in [("a.b.c", 1), ("a.b.d", 2), ("a.e", 3), ("f", 4)]:
    node = nested
    *parents, leaf = path.split(".")
    for p in parents:
        node = node.setdefault(p, {})
    node[leaf] = val
print(nested)
def walk(d, prefix=""):
    for k, v in d.items():
        if isinstance(v, dict):
            yield from walk(v, prefix + k + ".")
        else:
            yield prefix + k, v
print(list(walk(nested)))
base = {"host": "localhost", "port": 80}
override = {"port": 8080, "debug": True}
print({**base, **override}, base | override, dict(base, **override))
print(max(counts, key=counts.get), sorted(counts, key=lambda k: (-counts[k], k)))
print(dict(sorted(counts.items())), list(counts.items())[0])
matrix = {(r, c): r * c for r in range(3) for c in range(3) if r != c}
print(matrix[(1, 2)], len(matrix), sum(matrix.values()))
