# Lists used as stacks and queues, deletion during iteration done right.
stack = []
for c in "([{}])":
    if c in "([{":
        stack.append(c)
    else:
        top = stack.pop()
        print(top + c, end=" ")
print(stack)
q = list(range(5))
order = []
while q:
    x = q.pop(0)
    order.append(x)
    if x < 2:
        q.append(x + 10)
print(order)
nums = list(range(20))
nums = [n for n in nums if n % 3]
print(nums)
vals = [1, 2, 2, 3, 2, 4]
while 2 in vals:
    vals.remove(2)
print(vals)
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid, [row[::-1] for row in grid], [list(col) for col in zip(*grid)])
flat = sum(grid, [])
print(flat, flat[::4], len(flat))
print([1, 2, 3] * 0 == [], [x for x in [] if x], list(reversed([])))
nested = [1, [2, [3, [4, [5]]]]]
depth = 0
cur = nested
while isinstance(cur, list):
    depth += 1
    cur = cur[-1]
print(depth, cur)
nan = float("nan")
lst = [nan]
print(nan in lst, lst.count(nan), lst.index(nan), [nan] == [nan], nan == nan)
