class Tree:
    def __init__(self, key, left=None, right=None): self.key, self.left, self.right = key, left, right
    def __repr__(self):
        if not self.left and not self.right:
            return 'Tree(%r)' % self.key
        return 'Tree(%r, %r, %r)' % (self.key, self.left, self.right)
def insert(t, k):
    if t is None:
        return Tree(k)
    if k < t.key:
        t.left = insert(t.left, k)
    elif k > t.key:
        t.right = insert(t.right, k)
    return t
def inorder(t):
    if t:
        yield from inorder(t.left)
        yield t.key
        yield from inorder(t.right)
def height(t): return 0 if t is None else 1 + max(height(t.left), height(t.right))
root = None
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root = insert(root, k)
print(list(inorder(root)), height(root))
print(root.left)
def show(t, depth=0):
    if t:
        show(t.right, depth + 1)
        print('    ' * depth + str(t.key))
        show(t.left, depth + 1)
show(root)
words = None
for w in 'the quick brown fox jumps over the lazy dog'.split():
    words = insert(words, w)
print(list(inorder(words)))
