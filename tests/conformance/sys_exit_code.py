import sys
print('before exit')
try:
    sys.exit(3)
except SystemExit as e:
    print('caught', e.code)
try:
    sys.exit('message')
except SystemExit as e:
    print('caught', repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print('caught', e.code)
try:
    raise SystemExit(7, 8)
except SystemExit as e:
    print('tuple code', e.code)
sys.stdout.flush()
sys.exit(4)
print('unreachable')
