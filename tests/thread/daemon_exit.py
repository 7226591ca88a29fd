# Daemon threads still running at exit do not stop the program from ending.
import threading, time

started = threading.Event()

def forever():
    started.set()
    n = 0
    while True:
        n += 1

def sleeper():
    while True:
        time.sleep(0.001)

def printer():
    while True:
        print("", end="")

for target in (forever, sleeper, printer):
    threading.Thread(target=target, daemon=True).start()
started.wait()
time.sleep(0.02)
print("main done")
