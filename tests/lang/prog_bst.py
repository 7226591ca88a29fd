# Binary search tree with insert, search, delete and in-order traversal.
class BST:
    def __init__(self):
        self.root = None
    def insert(self, k):
        def ins(node):
            if node is None:
                return [k, None, None]
            if k < node[0]:
                node[1] = ins(node[1])
            elif k > node[0]:
                node[2] = ins(node[2])
            return node
        self.root = ins(self.root)
    def __contains__(self, k):
        n = self.root
        while n:
            if k == n[0]:
                return True
            n = n[1] if k < n[0] else n[2]
        return False
    def inorder(self):
        def walk(n):
            if n:
                yield from walk(n[1])
                yield n[0]
                yield from walk(n[2])
        return list(walk(self.root))
    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n[1]), h(n[2]))
        return h(self.root)
    def delete(self, k):
        def rm(n, k):
            if n is None:
                return None
            if k < n[0]:
                n[1] = rm(n[1], k)
            elif k > n[0]:
                n[2] = rm(n[2], k)
            else:
                if n[1] is None: return n[2]
                if n[2] is None: return n[1]
                m = n[2]
                while m[1]:
                    m = m[1]
                n[0] = m[0]
                n[2] = rm(n[2], m[0])
            return n
        self.root = rm(self.root, k)
t = BST()
x = 7
for _ in range(60):
    x = (x * 37 + 11) % 101
    t.insert(x)
print(t.inorder())
print(t.height(), 50 in t, 48 in t)
for k in t.inorder()[::3]:
    t.delete(k)
print(t.inorder(), t.height())
