# SIGINT raises KeyboardInterrupt in the main thread while it is blocked in
# accept(), recv(), sendall(), connect-free waits like select() and
# poll(); other threads' sockets keep working.
import os
import select
import socket
import threading
import time

def send_sigint(delay):
    time.sleep(delay)
    os.kill(os.getpid(), 2)

srv = socket.create_server(("127.0.0.1", 0))
threading.Thread(target=send_sigint, args=(0.2,)).start()
try:
    srv.accept()
except KeyboardInterrupt:
    print("KeyboardInterrupt in accept")

a, b = socket.socketpair()
threading.Thread(target=send_sigint, args=(0.2,)).start()
try:
    b.recv(10)
except KeyboardInterrupt:
    print("KeyboardInterrupt in recv")

b.settimeout(30)
threading.Thread(target=send_sigint, args=(0.2,)).start()
try:
    b.recv(10)
except KeyboardInterrupt:
    print("KeyboardInterrupt in recv with a timeout")

threading.Thread(target=send_sigint, args=(0.2,)).start()
try:
    a.sendall(b"x" * (64 << 20))
except KeyboardInterrupt:
    print("KeyboardInterrupt in sendall")

threading.Thread(target=send_sigint, args=(0.2,)).start()
try:
    select.select([srv], [], [], 30)
except KeyboardInterrupt:
    print("KeyboardInterrupt in select")

p = select.poll()
p.register(srv, select.POLLIN)
threading.Thread(target=send_sigint, args=(0.2,)).start()
try:
    p.poll(30000)
except KeyboardInterrupt:
    print("KeyboardInterrupt in poll")

ep = select.epoll()
ep.register(srv.fileno(), select.EPOLLIN)
threading.Thread(target=send_sigint, args=(0.2,)).start()
try:
    ep.poll(30)
except KeyboardInterrupt:
    print("KeyboardInterrupt in epoll.poll")
ep.close()

# The sockets still work afterwards.
c = socket.create_connection(srv.getsockname())
conn, _ = srv.accept()
c.sendall(b"still fine")
print(conn.recv(100))
for s in (a, b, c, conn, srv):
    s.close()
