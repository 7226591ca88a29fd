# The low-level _thread module.
import _thread, time, sys

done = _thread.allocate_lock()
done.acquire()
out = []

def worker(a, b, c=0):
    out.append((a, b, c, _thread.get_ident() != main_ident))
    done.release()

main_ident = _thread.get_ident()
ident = _thread.start_new_thread(worker, (1, 2), {'c': 3})
done.acquire()
print(out, isinstance(ident, int))

for args in [(1, ()), (worker, [1, 2]), (worker, (1, 2), 5)]:
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError:", e)

def quitter():
    try:
        _thread.exit()
    finally:
        done.release()
_thread.start_new_thread(quitter, ())
done.acquire()
print("exit ends the thread quietly")

try:
    _thread.exit()
except SystemExit as e:
    print("SystemExit", e.args)

print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX > 1e9, type(_thread.TIMEOUT_MAX).__name__)
print(_thread.LockType is type(_thread.allocate_lock()), _thread.allocate is not None)
print(_thread.stack_size(), _thread.stack_size(1 << 20), _thread.stack_size(0))
try:
    _thread.stack_size(100)
except ValueError as e:
    print("ValueError:", e)
print(isinstance(_thread.get_native_id(), int))
try:
    _thread.LockType()
except TypeError as e:
    print("TypeError:", e)

# interrupt_main raises KeyboardInterrupt in the main thread.
def interrupter():
    time.sleep(0.01)
    _thread.interrupt_main()
_thread.start_new_thread(interrupter, ())
try:
    while True:
        time.sleep(0.001)
except KeyboardInterrupt:
    print("KeyboardInterrupt in main")

# _count sees running threads.
gate = _thread.allocate_lock()
gate.acquire()
running = _thread.allocate_lock()
running.acquire()
def parked():
    running.release()
    gate.acquire()
    gate.release()
    done.release()
base = _thread._count()
_thread.start_new_thread(parked, ())
running.acquire()
print("count grew:", _thread._count() == base + 1)
gate.release()
done.acquire()
