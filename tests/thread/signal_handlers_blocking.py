# A Python signal handler runs while the main thread is blocked in sleep,
# os.read, a file read or a lock acquire (PEP 475): when it returns the call
# goes on, when it raises the call ends with its exception.
import os
import signal
import threading
import time

hits = []


def record(signum, frame):
    hits.append(signum == signal.SIGALRM)


signal.signal(signal.SIGALRM, record)
signal.alarm(1)
start = time.monotonic()
time.sleep(1.5)
print("sleep went on after the handler", hits, time.monotonic() - start >= 1.4)

lock = threading.Lock()
lock.acquire()


def release_from_handler(signum, frame):
    hits.append("released")
    lock.release()


signal.signal(signal.SIGALRM, release_from_handler)
signal.alarm(1)
print("acquired after the handler released it", lock.acquire(), hits)


class Boom(Exception):
    pass


def raiser(signum, frame):
    raise Boom()


signal.signal(signal.SIGALRM, raiser)
r, w = os.pipe()
f = open(r, "rb", buffering=0, closefd=False)
ev = threading.Event()
cases = [
    ("time.sleep", lambda: time.sleep(30)),
    ("os.read", lambda: os.read(r, 1)),
    ("file read", lambda: f.read(1)),
    ("Lock.acquire", lock.acquire),
    ("Lock.acquire(timeout)", lambda: lock.acquire(timeout=30)),
    ("Event.wait", ev.wait),
]
for name, call in cases:
    signal.alarm(1)
    try:
        call()
        print(name, "returned")
    except Boom:
        print(name, "raised the handler's exception")
signal.signal(signal.SIGALRM, signal.SIG_DFL)
