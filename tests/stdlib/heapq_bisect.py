import heapq, bisect
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data); print(data)
print(heapq.heapreplace(data, 10), data, heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])), list(heapq.merge('ace', 'bd')))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)), list(heapq.merge(['a', 'BB', 'ccc'], ['dd'], key=len)))
nums = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(1, nums), heapq.nsmallest(20, nums))
recs = [('a', 3), ('b', 1), ('c', 3), ('d', 2), ('e', 3)]
print(heapq.nlargest(2, recs, key=lambda r: r[1]), heapq.nsmallest(2, recs, key=lambda r: r[1]), heapq.nlargest(0, nums), heapq.nlargest(3, iter(nums)))
print(heapq.nsmallest(4, iter([3, 3, 1, 1, 2, 2])), heapq.nlargest(4, iter([(1, 'x'), (1, 'a'), (2, 'b')])))
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError', e)
a = [1, 2, 2, 2, 3, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4), bisect.bisect_left(a, 0), bisect.bisect_right(a, 9), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3))
bisect.insort(a, 4); bisect.insort_left(a, 2); print(a)
recs = [(1, 'a'), (3, 'b'), (5, 'c')]
print(bisect.bisect_left(recs, 3, key=lambda r: r[0]), bisect.bisect_right(recs, 3, key=lambda r: r[0]))
bisect.insort(recs, (4, 'x'), key=lambda r: r[0]); print(recs)
try:
    bisect.bisect([], 1, -1)
except ValueError as e:
    print('ValueError', e)
