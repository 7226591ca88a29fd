# sys.exit(3) ends the program with status 3 after flushing stdout.
import sys
print("about to exit with 3")
sys.exit(3)
print("not reached")
