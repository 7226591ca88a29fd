# return/break/continue interacting with finally.
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")

def f2():
    try:
        return "try"
    finally:
        return "finally wins"

def f3():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "done"

def f4():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def f5():
    x = 1
    try:
        return x
    finally:
        x = 2

def f6():
    while True:
        try:
            return "from loop"
        finally:
            print("f6 finally")

def f7():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError:
            continue
        finally:
            print("f7 finally", i)
    return "f7 end"

def f8():
    try:
        try:
            return 1
        finally:
            print("inner")
    finally:
        print("outer")

for f in (f1, f2, f3, f4, f5, f6, f7, f8):
    print(f.__name__, f())
