# Exceptions across loops: continue/break in handlers and finally.
results = []
for item in ["1", "x", "3", None, "5"]:
    try:
        results.append(int(item))
    except ValueError:
        results.append("bad")
        continue
    except TypeError:
        results.append("none")
        break
    finally:
        results.append("|")
print(results)
n = 0
while True:
    try:
        n += 1
        if n == 3:
            raise StopIteration
    except StopIteration:
        break
    finally:
        print("finally", n)
print("n", n)
def first_ok(values):
    for v in values:
        try:
            return 10 // v
        except ZeroDivisionError:
            print("skip zero")
    return None
print(first_ok([0, 0, 5]), first_ok([0]))
for i in range(3):
    try:
        pass
    finally:
        if i == 1:
            continue
    print("after try", i)
