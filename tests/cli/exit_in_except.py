# SystemExit raised while handling another exception still exits with its code.
import sys
try:
    raise ValueError("original")
except ValueError:
    print("handling, then exiting with 4")
    sys.exit(4)
