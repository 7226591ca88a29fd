# raise SystemExit(5) from deep inside functions, with finally blocks running on the way out.
def inner():
    try:
        raise SystemExit(5)
    finally:
        print("inner finally")
def outer():
    try:
        inner()
    finally:
        print("outer finally")
print("start")
try:
    outer()
except ValueError:
    print("not caught by except ValueError")
