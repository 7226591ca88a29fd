# A singly linked list class with iteration, reversal and repr.
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty list")
        n = self.head
        self.head = n.next
        self.size -= 1
        return n.value
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __len__(self):
        return self.size
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __eq__(self, other):
        return list(self) == list(other)
l = LinkedList(range(5))
print(l, len(l))
l.reverse()
print(l)
print(l.pop(), l.pop(), l)
l.push("x")
print(l, "x" in l, 7 in l, l == LinkedList(["x", 2, 1, 0]))
e = LinkedList()
try:
    e.pop()
except IndexError as err:
    print(err)
big = LinkedList(range(10000))
big.reverse()
print(next(iter(big)), sum(big))
