# An uncaught exception ends the program with status 1 after stdout is flushed.
print("before the error")
def level2():
    raise ValueError("uncaught value error")
def level1():
    level2()
print("partial line without newline", end="")
level1()
print("never printed")
