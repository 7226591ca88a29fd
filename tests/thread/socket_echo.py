# An echo server thread on 127.0.0.1 (port 0) serves several client threads
# at once, each connection in its own handler thread; every client makes
# request/response round trips and the results are printed after join().
import socket
import threading

NCLIENTS = 6
ROUNDS = 40

server = socket.create_server(("127.0.0.1", 0))
host, port = server.getsockname()
print("bound to", host, "port is an int:", isinstance(port, int) and port > 0)

def recv_exact(sock, n):
    parts = []
    while n:
        data = sock.recv(n)
        if not data:
            raise ConnectionError("peer closed early")
        parts.append(data)
        n -= len(data)
    return b"".join(parts)

def handle(conn):
    # Length-prefixed messages: 4 bytes of size, then the payload; the
    # reply is the payload reversed.
    with conn:
        while True:
            head = conn.recv(4)
            if not head:
                break
            if len(head) < 4:
                head += recv_exact(conn, 4 - len(head))
            size = int.from_bytes(head, "big")
            body = recv_exact(conn, size)
            conn.sendall(len(body).to_bytes(4, "big") + body[::-1])

handlers = []
def serve():
    for _ in range(NCLIENTS):
        conn, addr = server.accept()
        assert addr[0] == "127.0.0.1"
        h = threading.Thread(target=handle, args=(conn,))
        h.start()
        handlers.append(h)

results = {}
def client(n):
    total = 0
    with socket.create_connection(("127.0.0.1", port)) as c:
        for i in range(ROUNDS):
            msg = ("client %d round %d " % (n, i) * (1 + i % 7)).encode()
            c.sendall(len(msg).to_bytes(4, "big") + msg)
            size = int.from_bytes(recv_exact(c, 4), "big")
            reply = recv_exact(c, size)
            assert reply == msg[::-1], (n, i)
            total += len(reply)
    results[n] = total

st = threading.Thread(target=serve)
st.start()
clients = [threading.Thread(target=client, args=(n,)) for n in range(NCLIENTS)]
for c in clients:
    c.start()
for c in clients:
    c.join()
st.join()
for h in handlers:
    h.join()
server.close()

for n in sorted(results):
    print("client", n, "bytes echoed", results[n])
print("total", sum(results.values()))
print("handlers", len(handlers))

# A line protocol through makefile() on both ends.
server = socket.create_server(("127.0.0.1", 0))
port = server.getsockname()[1]
def line_server():
    conn, _ = server.accept()
    with conn, conn.makefile("rw", encoding="utf-8", newline="\n") as f:
        for line in f:
            f.write(line.strip().upper() + "!\n")
            f.flush()
ls = threading.Thread(target=line_server)
ls.start()
replies = []
def line_client(words):
    with socket.create_connection(("127.0.0.1", port)) as c:
        f = c.makefile("rw", encoding="utf-8", newline="\n")
        for w in words:
            f.write(w + "\n")
            f.flush()
            replies.append(f.readline())
        f.close()
lc = threading.Thread(target=line_client, args=(["alpha", "beta", "gamma", "délta"],))
lc.start()
lc.join()
ls.join()
server.close()
print(replies)
