# Threads that create subclasses of the same classes at once: every
# subclass is recorded (type.__subclasses__) and every class sees its
# methods through its bases while another thread changes a base.
import threading

class Base:
    def m(self):
        return 1


class Other:
    pass


made = []
lock = threading.Lock()


def work(k):
    mine = []
    for i in range(200):
        C = type("C%d_%d" % (k, i), (Base,), {"n": i})
        D = type("D%d_%d" % (k, i), (C, Other), {})
        mine.append((C, D))
        if D().m() != 1 or D.n != i:
            raise AssertionError("lookup")
        if i % 50 == 0:
            Base.extra = i
    with lock:
        made.extend(mine)


threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(len(made), len(Base.__subclasses__()), len(Other.__subclasses__()))
print(sorted(c.__name__ for c, d in made)[:3])
print(all(d.__mro__[1] is c for c, d in made))
