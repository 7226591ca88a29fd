# sys.exit("message") prints the message on stderr and exits with status 1.
import sys
print("output before exit")
sys.exit("fatal: something went wrong")
