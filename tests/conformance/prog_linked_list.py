class Node:
    __slots__ = ('val', 'next')
    def __init__(self, val, nxt=None): self.val, self.next = val, nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None; self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head); self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __len__(self): return self.size
    def __repr__(self): return 'LinkedList([' + ', '.join(map(repr, self)) + '])'
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError('LinkedList index out of range')
ll = LinkedList([1, 2, 3, 'four'])
print(ll, len(ll), ll[0], ll[-1], 3 in ll, list(ll))
ll.reverse(); print(ll)
try:
    ll[10]
except IndexError as e:
    print(e)
big = LinkedList(range(10000)); big.reverse(); print(big[0], sum(big))
