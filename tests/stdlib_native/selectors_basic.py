# selectors: DefaultSelector, SelectSelector, PollSelector and
# EpollSelector over socketpairs, with data, modify, unregister, get_key
# and a small event loop serving several connections.
import selectors
import socket

print(selectors.DefaultSelector is selectors.EpollSelector)
print(selectors.EVENT_READ, selectors.EVENT_WRITE)

def check(cls):
    print(cls.__name__)
    a, b = socket.socketpair()
    with cls() as sel:
        key = sel.register(b, selectors.EVENT_READ, data="reader")
        print("  key", key.fileobj is b, key.fd == b.fileno(), key.events, key.data)
        print("  nothing ready", sel.select(0))
        a.send(b"hello")
        ready = sel.select(1)
        print("  ready", [(k.data, ev) for k, ev in ready])
        print("  data", b.recv(10))
        key = sel.modify(b, selectors.EVENT_READ | selectors.EVENT_WRITE, data="both")
        print("  modified", [(k.data, ev) for k, ev in sel.select(0)])
        print("  get_key", sel.get_key(b).data, len(sel.get_map()), b in sel.get_map())
        try:
            sel.register(b, selectors.EVENT_READ)
        except KeyError:
            print("  KeyError for a second register")
        try:
            sel.register(a, 0)
        except ValueError as e:
            print("  ValueError:", e)
        sel.unregister(b)
        try:
            sel.get_key(b)
        except KeyError:
            print("  KeyError after unregister")
        print("  empty select", sel.select(0.01))
    a.close()
    b.close()

for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector,
            selectors.DefaultSelector):
    check(cls)

# A single-threaded echo loop over three socketpairs.
sel = selectors.DefaultSelector()
pairs = [socket.socketpair() for _ in range(3)]
for i, (client, server) in enumerate(pairs):
    server.setblocking(False)
    sel.register(server, selectors.EVENT_READ, data=i)
    client.sendall(("message %d" % i).encode())
served = []
while len(served) < 3:
    for key, events in sel.select(1):
        data = key.fileobj.recv(100)
        key.fileobj.sendall(data.upper())
        served.append(key.data)
        sel.unregister(key.fileobj)
print(sorted(served), [c.recv(100) for c, s in pairs])
sel.close()
for c, s in pairs:
    c.close()
    s.close()
