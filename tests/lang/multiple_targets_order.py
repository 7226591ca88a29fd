# Evaluation order: right side first, then targets left to right.
log = []
class L:
    def __init__(self, name):
        self.name = name
    def __setitem__(self, k, v):
        log.append(f"{self.name}[{k}]={v}")
    def __getitem__(self, k):
        log.append(f"get {self.name}[{k}]")
        return 0
def val(x):
    log.append(f"val {x}")
    return x
a = L("a"); b = L("b")
a[val(1)] = b[val(2)] = val(3)
print(log); log.clear()
a[val(1)], b[val(2)] = val(3), val(4)
print(log); log.clear()
d = {}
d[val("k")] = val("v")
print(log); log.clear()
f = lambda *a, **k: log.append("call " + ",".join(map(str, a)) + str(k))
f(val(1), val(2), k=val(3))
print(log); log.clear()
x = val(1) + val(2) * val(3)
print(log); log.clear()
print({val("key"): val("value")}); print(log); log.clear()
