# Three threads each write their own id into the same 1000 keys of one dict.
import threading

d = {}
ids = []

def writer():
    me = threading.get_ident()
    ids.append(me)
    for round in range(20):
        for k in range(1000):
            d[k] = me

threads = [threading.Thread(target=writer) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()

sample = [d[k] for k in range(0, 1000, 100)]
print("len(d) == 1000:", len(d) == 1000)
print("sampled keys:", len(sample))
print("all values are thread ids:", all(v in ids for v in d.values()))
print("sample values are thread ids:", all(v in ids for v in sample))
print("writers:", len(ids))
