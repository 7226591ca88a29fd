# input() with stdin at end of file raises EOFError; the prompt goes to stdout.
try:
    line = input("prompt> ")
    print("read", repr(line))
except EOFError as e:
    print()
    print("EOFError", repr(e))
import sys
print(sys.stdin.read(), repr(sys.stdin.readline()))
