# A plain BaseException subclass escaping the program exits with status 1.
class Fatal(BaseException):
    pass
try:
    raise Fatal("first")
except Exception:
    print("not caught by Exception")
except Fatal as e:
    print("caught", e)
print("raising again, uncaught")
raise Fatal("second")
