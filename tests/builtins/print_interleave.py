# print, sys.stdout.write and print(flush=True) keep their order.
import sys
print("a", end="")
sys.stdout.write("b")
print("c", flush=True)
sys.stdout.write("d\n")
print("e", "f", sep="", end="\n\n")
for i in range(3):
    print(i, end=" " if i < 2 else "\n")
print(*"xyz", sep="\n")
print("tab\tend", end="\t|\n")
sys.stdout.write("".join(str(i) for i in range(10)) + "\n")
print("", end="")
print()
print("last")
