try:
    x = input()
except EOFError as e:
    print('EOFError', repr(str(e)))
import sys
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
