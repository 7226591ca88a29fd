class Heap:
    def __init__(self): self.a = []
    def push(self, x):
        a = self.a; a.append(x); i = len(a) - 1
        while i and a[(i - 1) // 2] > a[i]:
            a[(i - 1) // 2], a[i] = a[i], a[(i - 1) // 2]; i = (i - 1) // 2
    def pop(self):
        a = self.a; top = a[0]; last = a.pop()
        if a:
            a[0] = last; i = 0
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and a[l] < a[m]: m = l
                if r < len(a) and a[r] < a[m]: m = r
                if m == i: break
                a[i], a[m] = a[m], a[i]; i = m
        return top
    def __len__(self): return len(self.a)
edges = [('s', 'a', 7), ('s', 'b', 2), ('b', 'a', 3), ('a', 'c', 1), ('b', 'c', 8), ('c', 't', 2), ('b', 't', 12), ('a', 't', 6)]
adj = {}
for u, v, w in edges:
    adj.setdefault(u, []).append((v, w)); adj.setdefault(v, []).append((u, w))
def dijkstra(src):
    dist, prev, h = {src: 0}, {}, Heap()
    h.push((0, src))
    while len(h):
        d, u = h.pop()
        if d > dist[u]: continue
        for v, w in adj[u]:
            if d + w < dist.get(v, float('inf')):
                dist[v] = d + w; prev[v] = u; h.push((d + w, v))
    return dist, prev
dist, prev = dijkstra('s')
print(sorted(dist.items()))
node, path = 't', []
while node != 's':
    path.append(node); node = prev[node]
print(' -> '.join(['s'] + path[::-1]))
h = Heap()
for x in [5, 3, 9, 1, 1, 7, 2, 8]: h.push(x)
print([h.pop() for _ in range(len(h))])
