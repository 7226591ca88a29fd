# sys.stdout write and flush, swapping sys.stdout for an object with write().
import sys
sys.stdout.write("direct write\n")
sys.stdout.flush()
class Capture:
    def __init__(self):
        self.data = []
    def write(self, s):
        self.data.append(s)
        return len(s)
    def flush(self):
        pass
cap = Capture()
old = sys.stdout
sys.stdout = cap
print("captured", 1, 2)
print("second")
sys.stdout = old
print("restored", cap.data)
print("".join(cap.data).splitlines())
print(sys.stdout.write("ret\n"))
sys.stderr.write("stderr is not compared\n")
print(sys.__stdout__ is old)
