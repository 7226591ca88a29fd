# An exception escaping from a generator consumed by a for loop ends the program.
def numbers():
    yield 1
    yield 2
    raise LookupError("generator broke")
for n in numbers():
    print("got", n)
