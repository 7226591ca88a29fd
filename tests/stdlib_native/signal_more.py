# signal: interval timers, the thread's signal mask, sigwait, pthread_kill.
import signal, os, threading, time

got = []
old = signal.signal(signal.SIGALRM, lambda s, f: got.append(s))
print(signal.setitimer(signal.ITIMER_REAL, 0.05), signal.getitimer(signal.ITIMER_REAL)[1])
deadline = time.monotonic() + 5
while not got and time.monotonic() < deadline:
    time.sleep(0.01)
print(got, signal.getitimer(signal.ITIMER_REAL))
signal.signal(signal.SIGALRM, old)
try:
    signal.setitimer(12345, 1)
except signal.ItimerError as e:
    print('ItimerError', isinstance(e, OSError), e.errno)

before = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
os.kill(os.getpid(), signal.SIGUSR1)
print(signal.SIGUSR1 in signal.sigpending(), signal.sigwait([signal.SIGUSR1]), signal.sigpending())
print(signal.pthread_sigmask(signal.SIG_SETMASK, before) >= {signal.SIGUSR1})

hits = []
signal.signal(signal.SIGUSR2, lambda s, f: hits.append(threading.current_thread() is threading.main_thread()))
signal.pthread_kill(threading.get_ident(), signal.SIGUSR2)
time.sleep(0.01)
print(hits, signal.SIGCLD == signal.SIGCHLD, signal.ITIMER_PROF)
signal.siginterrupt(signal.SIGUSR2, False)
for f in [lambda: signal.pthread_sigmask(99, []), lambda: signal.sigwait([0])]:
    try:
        f()
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
