# A generator left unfinished is closed when its last reference goes away.
def gen(name):
    try:
        for i in range(3):
            yield i
    finally:
        print(f"{name}: finally runs")
for x in gen("loop"):
    if x == 1:
        break
print("after break")
g = gen("del")
next(g)
del g
print("after del")
def consume():
    g = gen("local")
    next(g)
    return "function returns"
print(consume())
g2 = gen("rebound")
next(g2)
g2 = None
print("after rebinding")
g3 = gen("exhausted")
print(list(g3))
print("end of program")
