import sys
print('out')
sys.exit('fatal: to stderr, status 1')
