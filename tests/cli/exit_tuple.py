# sys.exit with a non-int, non-None value prints it to stderr and exits with 1.
import sys
print("exit with a tuple")
sys.exit((1, 2))
