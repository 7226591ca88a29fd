class Trie:
    def __init__(self):
        self.root = {}
    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node['$'] = node.get('$', 0) + 1
    def count(self, word):
        node = self.root
        for ch in word:
            if ch not in node:
                return 0
            node = node[ch]
        return node.get('$', 0)
    def with_prefix(self, prefix):
        node = self.root
        for ch in prefix:
            if ch not in node:
                return []
            node = node[ch]
        out = []
        def walk(n, acc):
            for k in sorted(n):
                if k == '$':
                    out.append(acc)
                else:
                    walk(n[k], acc + k)
        walk(node, prefix)
        return out
t = Trie()
for w in 'car cart carbon care cat dog dodge do door car'.split():
    t.insert(w)
print(t.count('car'), t.count('ca'), t.with_prefix('car'), t.with_prefix('do'), t.with_prefix('x'), t.with_prefix(''))
