# Condition: producer/consumer, wait timeouts, notify_all, wait_for.
import threading

cond = threading.Condition()
items = []
consumed = []
DONE = object()

def consumer():
    while True:
        with cond:
            while not items:
                cond.wait()
            item = items.pop(0)
        if item is DONE:
            return
        consumed.append(item)

consumers = [threading.Thread(target=consumer) for _ in range(3)]
for c in consumers:
    c.start()
for i in range(300):
    with cond:
        items.append(i)
        cond.notify()
for _ in consumers:
    with cond:
        items.append(DONE)
        cond.notify()
for c in consumers:
    c.join()
print(len(consumed), sorted(consumed) == list(range(300)))

# wait() with a timeout and nobody notifying returns False.
with cond:
    print("wait timed out:", cond.wait(0.01))
# wait_for returns the predicate's value.
with cond:
    print("wait_for:", cond.wait_for(lambda: 42, 0.01), cond.wait_for(lambda: 0, 0.01))

# notify_all wakes every waiter.
ready = threading.Condition(threading.Lock())
state = {'go': False, 'waiting': 0, 'woken': 0}
def waiter():
    with ready:
        state['waiting'] += 1
        ready.notify_all()
        ready.wait_for(lambda: state['go'])
        state['woken'] += 1

ws = [threading.Thread(target=waiter) for _ in range(5)]
for w in ws:
    w.start()
with ready:
    ready.wait_for(lambda: state['waiting'] == 5)
    state['go'] = True
    ready.notify_all()
for w in ws:
    w.join()
print("woken:", state['woken'])

# Misuse.
c2 = threading.Condition()
for meth in (c2.wait, c2.notify):
    try:
        meth()
    except RuntimeError as e:
        print("RuntimeError:", e)
print(repr(c2).startswith("<Condition(<unlocked _thread.RLock object"), repr(c2).endswith(", 0)>"))
