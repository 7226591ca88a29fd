# Buffered stdout is written before the traceback when an exception is uncaught.
for i in range(1000):
    print("line", i)
print("last line before error", end="")
raise RuntimeError("after lots of output")
