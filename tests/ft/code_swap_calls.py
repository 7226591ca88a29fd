# Threads call one function while another thread keeps replacing its
# __code__ with code that takes other arguments, has other locals and
# cells, or is a generator (the defaults stay): every call runs one of the codes whole, with its own
# arguments bound, and no call crashes.
import threading


def plain(a, b=2):
    return a + b


def wide(a, b=2):
    x, y, z, w = [a, b, a, b]
    cell = x
    def inner():
        return cell
    return inner() + y + z * 0 + w * 0


def three(a, b, c=2):
    return a + b + c


def gen(a, b=2):
    yield a + b


def kw(a, *, b=2):
    return a + b


f = lambda a, b=2: a + b
f.__kwdefaults__ = {"b": 2}
codes = [plain.__code__, wide.__code__, gen.__code__, kw.__code__, three.__code__]
stop = False
bad = []


def swapper():
    i = 0
    while not stop:
        c = codes[i % len(codes)]
        f.__code__ = c
        i += 1


def caller(k):
    for i in range(20000):
        try:
            r = f(i)
        except TypeError:
            continue              # a code that wants other arguments
        if not isinstance(r, int):
            r = next(r)
        if r != i + 2:
            bad.append((k, i, r))


s = threading.Thread(target=swapper)
s.start()
callers = [threading.Thread(target=caller, args=(k,)) for k in range(3)]
for t in callers:
    t.start()
for t in callers:
    t.join()
stop = True
s.join()
print("bad results:", bad[:3])
