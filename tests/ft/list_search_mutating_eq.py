# An __eq__ that changes the list while list.remove/count/index search it:
# without other threads the search walks the list as it is at each step,
# and remove() takes out whatever sits where the match was found, as in
# CPython.
class Eq:
    def __init__(self, lst, act):
        self.lst, self.act = lst, act

    def __eq__(self, other):
        self.act(self.lst)
        return True


lst = [1, 2, 3, 4]
lst.remove(Eq(lst, lambda l: l.insert(0, "front")))
print(lst)

lst = [1, 2, 3, 4]
lst.remove(Eq(lst, lambda l: l.clear()))
print(lst)

lst = [1, 2, 3]
print(lst.count(Eq(lst, lambda l: l.pop())), lst)

lst = [5, 6, 7]
print(lst.index(Eq(lst, lambda l: l.append(8))), lst)
print(Eq(lst, lambda l: l.reverse()) in lst, lst)
