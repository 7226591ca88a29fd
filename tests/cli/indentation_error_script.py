# An IndentationError in the main script: nothing runs, status 1.
print("never printed")
if True:
print("bad indent")
