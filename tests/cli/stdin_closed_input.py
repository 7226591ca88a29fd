# stdin is /dev/null under the test runner: input() raises EOFError, read() gives "".
import sys
print(repr(sys.stdin.read()))
try:
    input()
except EOFError:
    print("EOFError")
print(sys.stdin.isatty())
