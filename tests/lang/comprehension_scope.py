# Comprehension variables live in their own scope.
x = "outer x"
lst = [x for x in range(3)]
print(x, lst)
def f():
    y = 10
    return [y + i for i in range(3)]
print(f())
def g():
    fns = [lambda: i for i in range(3)]
    return [fn() for fn in fns]
print(g())
def h():
    return [lambda j=i: j for i in range(3)]
print([fn() for fn in h()])
class K:
    data = [1, 2, 3]
    doubled = [d * 2 for d in data]   # first iterable is evaluated in class scope
print(K.doubled)
try:
    class K2:
        factor = 3
        scaled = [d * factor for d in range(3)]
except NameError as e:
    print("NameError:", e)
n = 5
print([n for n in range(n)])
print(n)
def nested_comp():
    return [[i + j for j in range(i)] for i in range(4)]
print(nested_comp())
try:
    print(i)
except NameError as e:
    print("NameError:", e)
print({k: [v for v in range(k)] for k in range(3)})
def counter_comp():
    total = 0
    [total := total + v for v in range(5)]
    return total
print(counter_comp())
