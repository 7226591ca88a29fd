import signal, os
print(signal.SIGINT, repr(signal.SIGTERM), int(signal.SIGUSR1), signal.SIG_DFL, signal.SIG_IGN)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGUSR1))
got = []
def handler(signum, frame):
    got.append(signum)
old = signal.signal(signal.SIGUSR1, handler)
print(old, signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print(got)
os.kill(os.getpid(), signal.SIGUSR1)
for i in range(100000):
    if len(got) > 1:
        break
print(got)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGUSR1)
print(signal.getsignal(signal.SIGUSR1), got)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt')
def bad(signum, frame):
    raise ValueError('from handler %d' % signum)
signal.signal(signal.SIGUSR2, bad)
try:
    signal.raise_signal(signal.SIGUSR2)
except ValueError as e:
    print(e)
try:
    signal.signal(signal.SIGUSR2, 'x')
except TypeError as e:
    print(e)
try:
    signal.signal(1000, handler)
except ValueError as e:
    print(e)
print(signal.alarm(0), signal.strsignal(signal.SIGTERM), signal.Signals(2).name, signal.SIGINT in signal.valid_signals())
