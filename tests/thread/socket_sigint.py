# SIGINT raises KeyboardInterrupt in the main thread while it is blocked in
# accept(), recv(), sendall(), select(), poll() and epoll.poll(); the
# sockets keep working afterwards.
#
# The signal is sent again every second until the main thread has seen it:
# a thread that waits for the GIL to send a signal runs exactly when the
# main thread lets go of the GIL to block, so the first signal can arrive
# just before the system call starts and would not interrupt it (CPython's
# own tests repeat their signals for the same reason).
import os
import select
import socket
import threading

def interrupt_until(done):
    delay = 0.2
    while not done.wait(delay):
        os.kill(os.getpid(), 2)
        delay = 1.0

def expect_interrupt(what, call):
    done = threading.Event()
    sender = threading.Thread(target=interrupt_until, args=(done,))
    sender.start()
    got = False
    try:
        call()
    except KeyboardInterrupt:
        got = True
    while True:
        try:
            done.set()
            sender.join()
            break
        except KeyboardInterrupt:
            pass
    print("KeyboardInterrupt in", what, got)

srv = socket.create_server(("127.0.0.1", 0))
expect_interrupt("accept", srv.accept)

a, b = socket.socketpair()
expect_interrupt("recv", lambda: b.recv(10))
b.settimeout(30)
expect_interrupt("recv with a timeout", lambda: b.recv(10))
expect_interrupt("sendall", lambda: a.sendall(b"x" * (64 << 20)))
expect_interrupt("select", lambda: select.select([srv], [], [], 30))

p = select.poll()
p.register(srv, select.POLLIN)
expect_interrupt("poll", lambda: p.poll(30000))

ep = select.epoll()
ep.register(srv.fileno(), select.EPOLLIN)
expect_interrupt("epoll.poll", lambda: ep.poll(30))
ep.close()

# The sockets still work afterwards.
c = socket.create_connection(srv.getsockname())
conn, _ = srv.accept()
c.sendall(b"still fine")
print(conn.recv(100))
for s in (a, b, c, conn, srv):
    s.close()
