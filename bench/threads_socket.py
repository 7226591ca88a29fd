"""Threads over loopback: N client threads (sys.argv[1], default 10) share
a fixed number of request/response round trips with a server that runs a
handler thread per connection.  Every blocking call releases the GIL, so
while one thread waits for the kernel another runs.  Prints a checksum of
the replies, the same for any number of threads."""

import socket
import sys
import threading

ROUNDS = 60000


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
    # A request is 4 bytes of length and a payload; the reply is the sum
    # of the payload's bytes as 8 bytes.
    with conn:
        while True:
            head = conn.recv(4)
            if not head:
                return
            if len(head) < 4:
                head += recv_exact(conn, 4 - len(head))
            body = recv_exact(conn, int.from_bytes(head, "big"))
            conn.sendall(sum(body).to_bytes(8, "big"))


def serve(server, nclients, handlers):
    for _ in range(nclients):
        conn, _ = server.accept()
        h = threading.Thread(target=handle, args=(conn,))
        h.start()
        handlers.append(h)


def client(port, first, step, results):
    total = 0
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        for k in range(first, ROUNDS, step):
            payload = bytes((k * 7 + j) & 0xFF for j in range(16 + k % 48))
            sock.sendall(len(payload).to_bytes(4, "big") + payload)
            total += int.from_bytes(recv_exact(sock, 8), "big") * (k % 13 + 1)
    results.append(total)


def main():
    nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    handlers = []
    st = threading.Thread(target=serve, args=(server, nthreads, handlers))
    st.start()
    results = []
    clients = [threading.Thread(target=client, args=(port, i, nthreads, results))
               for i in range(nthreads)]
    for c in clients:
        c.start()
    for c in clients:
        c.join()
    st.join()
    for h in handlers:
        h.join()
    server.close()
    print("round trips", ROUNDS, "checksum", sum(results))


main()
