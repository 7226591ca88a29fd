# A binary min-heap priority queue class and a heap sort built on it.
class Heap:
    def __init__(self, items=(), key=lambda x: x):
        self.key = key
        self.a = []
        for x in items:
            self.push(x)
    def __len__(self):
        return len(self.a)
    def push(self, x):
        a = self.a
        a.append(x)
        i = len(a) - 1
        while i > 0:
            p = (i - 1) // 2
            if self.key(a[i]) < self.key(a[p]):
                a[i], a[p] = a[p], a[i]
                i = p
            else:
                break
    def pop(self):
        a = self.a
        if not a:
            raise IndexError("pop from empty heap")
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i, n = 0, len(a)
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < n and self.key(a[l]) < self.key(a[m]): m = l
                if r < n and self.key(a[r]) < self.key(a[m]): m = r
                if m == i:
                    break
                a[i], a[m] = a[m], a[i]
                i = m
        return top
    def __bool__(self):
        return bool(self.a)
data = [(i * 7919) % 101 for i in range(50)]
h = Heap(data)
out = [h.pop() for _ in range(len(h))]
print(out == sorted(data), out[:10])
tasks = Heap(key=lambda t: (t[0], t[1]))
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship")]:
    tasks.push((prio, name))
while tasks:
    print(tasks.pop())
try:
    tasks.pop()
except IndexError as e:
    print(e)
def merge_sorted(*lists):
    h = Heap(key=lambda t: t[0])
    for idx, l in enumerate(lists):
        if l:
            h.push((l[0], idx, 0))
    out = []
    while h:
        v, li, pos = h.pop()
        out.append(v)
        if pos + 1 < len(lists[li]):
            h.push((lists[li][pos + 1], li, pos + 1))
    return out
print(merge_sorted([1, 4, 9], [2, 3, 10, 11], [], [0, 5]))
