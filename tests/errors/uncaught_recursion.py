# Uncaught RecursionError: status 1, earlier output intact.
print("recursing")
def down(n):
    return down(n + 1) + 1
down(0)
