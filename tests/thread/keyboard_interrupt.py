# SIGINT raises KeyboardInterrupt in the main thread even while it is
# blocked in join(), sleep() or a lock; other threads go on.
import os, threading, time

def send_sigint(delay):
    time.sleep(delay)
    os.kill(os.getpid(), 2)

blocker = threading.Event()
t = threading.Thread(target=blocker.wait, daemon=True)
t.start()
threading.Thread(target=send_sigint, args=(0.2,)).start()
try:
    t.join()
except KeyboardInterrupt:
    print("KeyboardInterrupt in join")

threading.Thread(target=send_sigint, args=(0.2,)).start()
try:
    time.sleep(10)
except KeyboardInterrupt:
    print("KeyboardInterrupt in sleep")

lock = threading.Lock()
lock.acquire()
threading.Thread(target=send_sigint, args=(0.2,)).start()
try:
    lock.acquire()
except KeyboardInterrupt:
    print("KeyboardInterrupt in acquire")

cond = threading.Condition()
threading.Thread(target=send_sigint, args=(0.2,)).start()
try:
    with cond:
        cond.wait()
except KeyboardInterrupt:
    print("KeyboardInterrupt in Condition.wait")

print("lock still held:", lock.locked(), lock.acquire(timeout=0.01))
blocker.set()
t.join()
print("worker joined:", not t.is_alive())
