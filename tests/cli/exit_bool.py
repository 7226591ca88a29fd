# sys.exit(True) exits with status 1 (bool is an int).
import sys
print("True is 1")
sys.exit(True)
