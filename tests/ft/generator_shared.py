# Two threads pull from one generator.  A thread that finds it running gets
# "ValueError: generator already executing"; every value is produced once.
import threading

N = 20000


def numbers():
    for i in range(N):
        yield i


gen = numbers()
got = [[], []]
busy = [0, 0]


def puller(k):
    mine = got[k]
    while True:
        try:
            mine.append(next(gen))
        except StopIteration:
            return
        except ValueError as e:
            if str(e) != "generator already executing":
                raise
            busy[k] += 1


threads = [threading.Thread(target=puller, args=(k,)) for k in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
everything = sorted(got[0] + got[1])
print(len(everything), everything == list(range(N)))
