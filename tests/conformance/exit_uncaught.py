print('start')
def fail():
    raise ValueError('uncaught error goes to stderr')
try:
    fail()
finally:
    print('finally before exit')
print('never')
