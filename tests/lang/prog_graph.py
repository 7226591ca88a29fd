# Breadth-first and depth-first search, topological sort, shortest paths.
graph = {
    "a": ["b", "c"], "b": ["d"], "c": ["d", "e"],
    "d": ["f"], "e": ["f"], "f": [], "g": ["a"],
}
def bfs(start):
    seen, order, queue = {start}, [], [start]
    while queue:
        n = queue.pop(0)
        order.append(n)
        for m in graph[n]:
            if m not in seen:
                seen.add(m)
                queue.append(m)
    return order
def dfs(n, seen=None):
    seen = [] if seen is None else seen
    seen.append(n)
    for m in graph[n]:
        if m not in seen:
            dfs(m, seen)
    return seen
def topo():
    indeg = {n: 0 for n in graph}
    for ns in graph.values():
        for m in ns:
            indeg[m] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in graph[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return out
print(bfs("a"), dfs("g"), topo())
weights = {("a", "b"): 4, ("a", "c"): 1, ("c", "b"): 2, ("b", "d"): 5, ("c", "d"): 8,
           ("c", "e"): 10, ("d", "e"): 2, ("d", "f"): 6, ("e", "f"): 2}
def dijkstra(src):
    dist = {src: 0}
    done = set()
    while True:
        cand = [(d, n) for n, d in dist.items() if n not in done]
        if not cand:
            return dist
        d, n = min(cand)
        done.add(n)
        for (u, v), w in weights.items():
            if u == n and d + w < dist.get(v, float("inf")):
                dist[v] = d + w
print(sorted(dijkstra("a").items()))
