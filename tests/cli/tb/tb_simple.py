# Traceback through two functions; every failing line is a whole statement.
def inner(x):
    raise ValueError(f"bad value {x}")


def outer():
    inner(42)


print("before")
outer()
