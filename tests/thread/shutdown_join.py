# At exit the interpreter waits for non-daemon threads, even ones started
# by other threads.
import threading, time

go = threading.Event()

def late(n):
    go.wait()
    time.sleep(0.02)
    print("late thread", n, "finished")
    if n < 3:
        threading.Thread(target=late, args=(n + 1,)).start()

threading.Thread(target=late, args=(1,)).start()
print("main reached the end")
go.set()
