# A user sequence class supporting ints, negative indices, slices, iteration and len.
class Span:
    def __init__(self, start, stop):
        self.start, self.stop = start, stop
    def __len__(self):
        return max(0, self.stop - self.start)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("Span index out of range")
        return self.start + i
    def __contains__(self, v):
        return self.start <= v < self.stop
    def __repr__(self):
        return f"Span({self.start}, {self.stop})"
s = Span(10, 20)
print(len(s), s[0], s[-1], s[3:6], s[::-3], s[-2:], 15 in s, 25 in s)
print(list(s)[:3], sum(s), list(reversed(s))[:3], sorted(s, reverse=True)[:2], max(s))
try:
    s[10]
except IndexError as e:
    print(e)
a, b, *rest = Span(0, 4)
print(a, b, rest, list(enumerate(Span(5, 7))), dict(zip(Span(0, 2), "xy")))
print([x * x for x in Span(1, 5) if x % 2], any(x > 18 for x in s), s[100:], s[:-100])
