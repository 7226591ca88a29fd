# WeakValueDictionary, WeakKeyDictionary, WeakSet, WeakMethod and finalize.
import gc
import weakref

class Obj:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "Obj(%d)" % self.n
    def method(self):
        return self.n * 10

# Values disappear when they die.
objs = [Obj(i) for i in range(5)]
wvd = weakref.WeakValueDictionary()
for o in objs:
    wvd[o.n] = o
print(len(wvd), sorted(wvd.keys()), wvd[3])
del objs[1:3]
print(len(wvd), sorted(wvd.keys()), 1 in wvd, 3 in wvd)
print(wvd.get(1), wvd.get(1, "gone"), sorted(v.n for v in wvd.values()))
try:
    wvd[2]
except KeyError as e:
    print("KeyError", e)
cyc = Obj(99)
cyc.me = cyc
wvd["cyc"] = cyc
del cyc
print("cyc" in wvd)
gc.collect()
print("cyc" in wvd, len(wvd))
print(wvd.pop(0), len(wvd), wvd.setdefault(7, objs[0]), len(wvd))

# Keys disappear when they die.
keys = [Obj(i) for i in range(4)]
wkd = weakref.WeakKeyDictionary()
for k in keys:
    wkd[k] = k.n * 2
print(len(wkd), wkd[keys[2]], keys[1] in wkd)
k0 = keys[0]
del keys[:2]
print(len(wkd), k0 in wkd)
del k0
print(len(wkd), sorted(wkd.values()))
print(sorted(o.n for o in wkd.keys()), sorted((o.n, v) for o, v in wkd.items()))

# WeakSet.
items = [Obj(i) for i in range(6)]
ws = weakref.WeakSet(items)
print(len(ws), items[0] in ws, Obj(0) in ws)
del items[::2]
print(len(ws), sorted(o.n for o in ws))
ws.discard(items[0])
print(len(ws))
items.clear()
print(len(ws), list(ws))

# WeakMethod.
o = Obj(4)
wm = weakref.WeakMethod(o.method)
print(wm()(), wm() == o.method)
del o
print(wm())

# finalize.
log = []
t = Obj(1)
fz = weakref.finalize(t, log.append, "finalized")
print(fz.alive, fz.peek()[0] is t, fz.atexit)
del t
print(log, fz.alive)
t2 = Obj(2)
fz2 = weakref.finalize(t2, log.append, "called early")
print(fz2(), log, fz2.alive)
print(fz2(), log)
t3 = Obj(3)
fz3 = weakref.finalize(t3, log.append, "never")
print(fz3.detach()[0] is t3, fz3.alive)
del t3
print(log)
t4 = Obj(4)
t4.me = t4
fz4 = weakref.finalize(t4, log.append, "cycle")
del t4
gc.collect()
print(log)
