# Module globals and class attributes written and read from many threads
# without locks.  Races may lose updates of one name, but every value read
# is one some thread wrote, and names no one else writes stay exact.
# (Needs the object side's locks on dicts and type attribute caches.)
import threading

N = 6
ROUNDS = 3000

shared = 0


class Config:
    level = 0
    name = "start"


for i in range(N):
    globals()["own_%d" % i] = 0
    setattr(Config, "own_%d" % i, 0)

bad = []


def worker(i):
    global shared
    gname = "own_%d" % i
    g = globals()
    for r in range(ROUNDS):
        shared = i
        g[gname] = g[gname] + 1
        Config.level = r
        Config.name = "w%d" % i
        setattr(Config, gname, getattr(Config, gname) + 1)
        v = shared
        if not (0 <= v < N):
            bad.append(("global", v))
        lv = Config.level
        if not (0 <= lv < ROUNDS):
            bad.append(("level", lv))
        if Config.name[0] != "w" and Config.name != "start":
            bad.append(("name", Config.name))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("bad reads:", bad)
print("own globals:", [globals()["own_%d" % i] for i in range(N)])
print("own class attrs:", [getattr(Config, "own_%d" % i) for i in range(N)])
print("shared in range:", 0 <= shared < N, "name ok:", Config.name in ["w%d" % i for i in range(N)])
