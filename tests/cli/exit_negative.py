# sys.exit(-1) shows up as status 255.
import sys
print("exit -1")
sys.exit(-1)
