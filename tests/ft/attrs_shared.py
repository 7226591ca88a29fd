# Many threads write and read the attributes of one shared instance, and
# replace attributes of its class while other threads call its methods.
import gc
import threading

gc.disable()
N_THREADS = 6
PER = 3000
errors = []


class Thing:
    label = "start"
    scale = 1.5

    def method(self, x):
        return x + 1

    def describe(self):
        return type(self).label


obj = Thing()
for i in range(8):
    setattr(obj, f"a{i}", float(i))


def writer(k):
    try:
        for i in range(PER):
            setattr(obj, f"a{i % 8}", float(k * PER + i))
            setattr(obj, f"own{k}", [k, i])
            if i % 4 == 0:
                setattr(obj, f"tmp{k}", str(i))
                delattr(obj, f"tmp{k}")
            if i % 10 == 0:
                # Class attributes replaced with fresh heap objects.
                Thing.label = "label-%d-%d" % (k, i)
                Thing.scale = float(i) + 0.5
    except Exception as e:
        errors.append(repr(e))


def reader(k):
    bad = 0
    try:
        for i in range(PER):
            v = getattr(obj, f"a{i % 8}")
            if not isinstance(v, float):
                bad += 1
            if obj.method(i) != i + 1:
                bad += 1
            if not obj.describe().startswith(("start", "label-")):
                bad += 1
            if not isinstance(Thing.scale, float):
                bad += 1
            try:
                _ = obj.__dict__.copy()
            except RuntimeError:
                pass
    except Exception as e:
        errors.append(repr(e))
    if bad:
        errors.append("bad reads: %d" % bad)


threads = [threading.Thread(target=writer, args=(k,)) for k in range(N_THREADS // 2)]
threads += [threading.Thread(target=reader, args=(k,)) for k in range(N_THREADS // 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("errors:", errors)
print(sorted(k for k in vars(obj) if not k.startswith("a")))
print(all(isinstance(getattr(obj, f"a{i}"), float) for i in range(8)))
print([getattr(obj, f"own{k}")[1] for k in range(N_THREADS // 2)])
print(Thing.label.startswith("label-"), isinstance(Thing.scale, float))
