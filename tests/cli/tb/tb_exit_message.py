# SystemExit("message") prints only the message on stderr.
import sys
print("exiting")
sys.exit("goodbye from sys.exit")
