# select.select, select.poll and select.epoll on pipes and socketpairs:
# readiness, timeouts, objects with fileno(), and the errors of bad calls.
import os
import select
import socket

def show(f):
    try:
        r = f()
    except Exception as e:
        print("  ", type(e).__name__ + ":", e)
    else:
        print("  ", repr(r))

class Wrapper:
    def __init__(self, fd):
        self.fd = fd
    def fileno(self):
        return self.fd
    def __repr__(self):
        return "Wrapper"

r, w = os.pipe()
a, b = socket.socketpair()
# Descriptor numbers depend on what the caller left open: print names.
names = {r: "r", w: "w", b.fileno(): "b"}

def named(events):
    return sorted((names[fd], ev) for fd, ev in events)

# select()
print(select.select([r], [w], [], 0) == ([], [w], []))
os.write(w, b"x")
rl, wl, xl = select.select([r, b], [w, a], [r], 0.5)
print(rl == [r], sorted(wl, key=repr) == sorted([w, a], key=repr), xl)
print(select.select([Wrapper(r)], [], [], 0))
print(select.select((), (), (), 0.01))
a.send(b"ping")
print(select.select([b], [], [], None)[0] == [b])
print(b.recv(10), os.read(r, 10))
print(select.select([r, b], [], [], 0.05))
print(select.error is OSError)

# poll()
p = select.poll()
p.register(r, select.POLLIN)
p.register(b)
p.register(Wrapper(w), select.POLLOUT)
print(named(p.poll(0)))
os.write(w, b"yz")
print(named(p.poll(100)))
p.modify(w, select.POLLIN)
print(named(p.poll(0.5)))
p.unregister(r)
os.read(r, 10)
print(named(p.poll(10)))
a.send(b"data")
print(named(p.poll(None)), b.recv(10))
p.unregister(b)
print(p.poll(1))
print(select.POLLIN, select.POLLOUT, select.POLLPRI, select.POLLERR, select.POLLHUP, select.POLLNVAL)

# epoll
ep = select.epoll()
print(ep.closed, ep.fileno() > 2)
ep.register(r, select.EPOLLIN)
ep.register(b.fileno(), select.EPOLLIN | select.EPOLLOUT)
print(named(ep.poll(0)))
os.write(w, b"!")
print(named(ep.poll(1)))
ep.modify(b, select.EPOLLIN)
print(named(ep.poll(0.01, 5)))
ep.unregister(r)
print(ep.poll(timeout=0.01, maxevents=1))
a.close()
print(ep.poll(0) == [(b.fileno(), select.EPOLLIN | select.EPOLLHUP)])
show(lambda: ep.register(b))
show(lambda: ep.modify(r, select.EPOLLIN))
show(lambda: ep.unregister(r))
show(lambda: ep.poll(0, 0))
show(lambda: ep.poll("x"))
with select.epoll() as ep2:
    print("in with:", ep2.closed)
print("after with:", ep2.closed)
ep3 = select.epoll.fromfd(os.dup(ep.fileno()))
print(type(ep3).__name__, ep3.closed)
ep3.close()
ep.close()
ep.close()
print(ep.closed)
show(lambda: ep.poll(0))
show(lambda: ep.fileno())
show(lambda: ep.register(r))
show(lambda: select.epoll(0))
print(select.EPOLLIN, select.EPOLLOUT, select.EPOLLET, select.EPOLLONESHOT, select.EPOLLHUP)

# errors
b.close()
show(lambda: select.select([b], [], [], 0))
os.close(w)
show(lambda: select.select([w], [], [], 0))
show(lambda: select.select([-1], [], [], 0))
show(lambda: select.select(["x"], [], [], 0))
show(lambda: select.select([], [], [], -1))
show(lambda: select.select([], [], [], "x"))
show(lambda: select.select(1, [], []))
show(lambda: select.select([]))
show(lambda: select.select([Wrapper("3")], [], [], 0))
p = select.poll()
show(lambda: p.modify(5, 1))
show(lambda: p.unregister(5))
show(lambda: p.poll("x"))
show(lambda: p.register("x"))
show(lambda: p.register(-1))
p.register(w)
print(p.poll(0) == [(w, select.POLLNVAL)])
os.close(r)
