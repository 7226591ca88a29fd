# Large outputs are written completely, in order.
import sys
total = 0
for i in range(20000):
    s = f"{i:05d} " + "x" * (i % 50)
    total += len(s)
    print(s)
sys.stdout.write("end %d\n" % total)
