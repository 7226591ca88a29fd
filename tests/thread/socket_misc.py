# Sockets beyond the echo server: socketpair, makefile, a large sendall
# read by another thread, timeouts, refused connections, AF_UNIX, UDP,
# options, conversions and the errors of bad calls.
import os
import socket
import threading
import time

def show(f):
    try:
        r = f()
    except Exception as e:
        print("  ", type(e).__name__ + ":", e)
    else:
        print("  ", repr(r))

# socketpair and makefile
a, b = socket.socketpair()
print(a.family, a.type, a.proto, a.gettimeout(), a.getblocking())
print(repr(a.family), repr(b.type))
wf = a.makefile("wb")
rf = b.makefile("r", encoding="utf-8")
wf.write(b"first line\nsecond")
wf.write(b" line\nthird\n")
wf.flush()
print([rf.readline(), rf.readline(), rf.readline()])
wf.close()
rf.close()
print("socket still open after files closed:", a.fileno() >= 0)

# sendall of 4 MB while another thread reads it all
payload = bytes(range(256)) * (4 * 4096)
got = bytearray()
def reader():
    buf = bytearray(65536)
    while len(got) < len(payload):
        k = b.recv_into(buf)
        got.extend(buf[:k])
r = threading.Thread(target=reader)
r.start()
a.sendall(payload)
r.join()
print("received", len(got), "intact:", got == payload)
a.close()
b.close()

# timeouts
a, b = socket.socketpair()
b.settimeout(0.1)
print("timeout", b.gettimeout(), b.getblocking())
try:
    b.recv(10)
except TimeoutError as e:
    print("TimeoutError:", e, isinstance(e, socket.timeout), e.errno)
b.settimeout(None)
print(b.gettimeout())
b.setblocking(False)
print(b.gettimeout(), b.getblocking())
try:
    b.recv(10)
except BlockingIOError as e:
    print("BlockingIOError errno", e.errno)
a.send(b"peek me")
time.sleep(0.05)
print(b.recv(4, socket.MSG_PEEK), b.recv(100))
a.close()
print("after peer close:", b.recv(10))
b.close()

# refused connection and connect_ex
probe = socket.socket()
probe.bind(("127.0.0.1", 0))
free_port = probe.getsockname()[1]
probe.close()
try:
    socket.create_connection(("127.0.0.1", free_port))
except ConnectionRefusedError as e:
    print("ConnectionRefusedError:", e)
s = socket.socket()
print("connect_ex", s.connect_ex(("127.0.0.1", free_port)) == 111)
s.close()

# AF_UNIX in a temporary directory
path = "/tmp/gilpy-test-socket-%d-%d" % (time.time_ns(), os.getpid())
os.mkdir(path)
sockpath = os.path.join(path, "sock")
srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
srv.bind(sockpath)
srv.listen(1)
print("unix name is path:", srv.getsockname() == sockpath, srv.family)
def unix_server():
    conn, addr = srv.accept()
    with conn:
        print("  unix peer address:", repr(addr))
        conn.sendall(conn.recv(100) * 2)
t = threading.Thread(target=unix_server)
t.start()
c = socket.socket(socket.AF_UNIX)
c.connect(sockpath)
c.sendall(b"unix!")
print("unix reply", c.recv(100))
t.join()
c.close()
srv.close()
os.unlink(sockpath)
os.rmdir(path)

# AF_UNIX in the abstract namespace, and bad AF_UNIX addresses
name = b"\0gilpy-test-abstract-%d-%d" % (time.time_ns(), os.getpid())
srv = socket.socket(socket.AF_UNIX)
srv.bind(name)
srv.listen()
c = socket.socket(socket.AF_UNIX)
c.connect(name)
conn, addr = srv.accept()
print("abstract", srv.getsockname() == name, c.getpeername() == name, repr(addr))
for s in (srv, c, conn):
    s.close()
s = socket.socket(socket.AF_UNIX)
show(lambda: s.bind(5))
show(lambda: s.bind("x" * 200))
show(lambda: s.getsockname())
show(lambda: s.connect(path + "/missing"))
s.close()

# UDP
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(("127.0.0.1", 0))
u2.bind(("127.0.0.1", 0))
print(u1.type, u1.sendto(b"datagram", u2.getsockname()))
data, addr = u2.recvfrom(100)
print(data, addr == u1.getsockname())
u2.sendto(b"back", 0, addr)
buf = bytearray(10)
n, addr2 = u1.recvfrom_into(buf)
print(n, bytes(buf[:n]), addr2 == u2.getsockname())
u1.close()
u2.close()

# create_server / create_connection with a timeout, options, dup, detach
srv = socket.create_server(("127.0.0.1", 0), backlog=5)
print("SO_REUSEADDR", srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
print("listening", srv.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
c = socket.create_connection(srv.getsockname(), timeout=2.5)
conn, addr = srv.accept()
print("client timeout", c.gettimeout(), "accepted timeout", conn.gettimeout())
print("peer matches", conn.getpeername() == c.getsockname(), c.getpeername() == srv.getsockname())
c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print("TCP_NODELAY", c.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
print("SO_TYPE", c.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE), len(c.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE, 4)))
d = c.dup()
print("dup", d.fileno() != c.fileno(), d.family, d.type, d.gettimeout())
d.sendall(b"via dup")
d.close()
print(conn.recv(100))
c.shutdown(socket.SHUT_WR)
print("after shutdown:", conn.recv(100))
fd = conn.detach()
print("detached", conn.fileno(), fd > 0)
again = socket.socket(fileno=fd)
print("from fileno", again.family, again.type, again.proto)
again.close()
c.close()
srv.close()
with socket.socket() as s:
    pass
print("closed by with:", s.fileno(), "[closed]" in repr(s))

# sendfile from a file, from an offset and for a count
fpath = "/tmp/gilpy-test-sendfile-%d-%d" % (time.time_ns(), os.getpid())
with open(fpath, "wb") as f:
    f.write(bytes(range(256)) * 100)
a, b = socket.socketpair()
with open(fpath, "rb") as f:
    print("sendfile", a.sendfile(f), f.tell())
    print("sendfile", a.sendfile(f, 1000, 300), f.tell())
data = bytearray()
while len(data) < 25900:
    data += b.recv(65536)
print(len(data), data[:25600] == bytes(range(256)) * 100, data[25600:] == (bytes(range(256)) * 100)[1000:1300])
with open(fpath, "r") as f:
    show(lambda: a.sendfile(f))
a.close()
b.close()
os.unlink(fpath)
print(socket.getservbyname("http", "tcp"), socket.getprotobyname("tcp"), socket.getprotobyname("udp"))
show(lambda: socket.getservbyname("no-such-service"))
show(lambda: socket.getservbyport(70000))

# the default timeout of new sockets
socket.setdefaulttimeout(1.5)
srv = socket.create_server(("127.0.0.1", 0))
c = socket.create_connection(srv.getsockname())
conn, _ = srv.accept()
x, y = socket.socketpair()
print("default", socket.getdefaulttimeout(), srv.gettimeout(), c.gettimeout(), conn.gettimeout(), x.gettimeout())
socket.setdefaulttimeout(None)
print("default", socket.getdefaulttimeout(), socket.socket().gettimeout())
show(lambda: socket.setdefaulttimeout(-2))
for s in (srv, c, conn, x, y):
    s.close()

# conversions
print(socket.inet_aton("10.1.2.3"), socket.inet_ntoa(b"\x7f\x00\x00\x01"))
print(socket.inet_pton(socket.AF_INET6, "::1"), socket.inet_ntop(socket.AF_INET6, b"\xfe\x80" + b"\x00" * 13 + b"\x05"))
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
print(socket.gethostbyname("127.0.0.1"), socket.gethostbyname("localhost"), isinstance(socket.gethostname(), str))
print(socket.getaddrinfo("127.0.0.1", "80", socket.AF_INET, socket.SOCK_DGRAM))
print(socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getdefaulttimeout(), socket.has_ipv6, socket.SOMAXCONN > 0, socket.SHUT_RDWR)
print(socket.error is OSError, socket.timeout is TimeoutError, issubclass(socket.gaierror, OSError))

# bad calls
s = socket.socket()
show(lambda: s.settimeout("x"))
show(lambda: s.settimeout(-1))
show(lambda: s.recv(-1))
show(lambda: s.bind("x"))
show(lambda: s.bind(("x",)))
show(lambda: s.bind(("127.0.0.1", 70000)))
show(lambda: s.bind((1, 2)))
show(lambda: s.send("text"))
show(lambda: s.recv_into(b"abc"))
show(lambda: s.recv_into(bytearray(2), 5))
try:
    s.connect(("no such host.invalid", 80))
except socket.gaierror as e:
    print("   gaierror for an unknown host:", e.errno < 0)
show(lambda: socket.inet_aton("bad"))
show(lambda: socket.inet_ntoa(b"ab"))
show(lambda: socket.inet_pton(socket.AF_INET, "x"))
show(lambda: socket.inet_ntop(socket.AF_INET, b"ab"))
show(lambda: socket.htons(70000))
show(lambda: socket.htons(-1))
show(lambda: socket.socket(fileno=-5))
show(lambda: socket.getaddrinfo("127.0.0.1", 1.5))
show(lambda: s.makefile("rx"))
s.close()
show(lambda: s.recv(1))
show(lambda: s.send(b"x"))
show(lambda: s.getsockname())
show(lambda: s.fileno())
