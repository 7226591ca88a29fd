# Sockets with memoryview buffers: send/sendall/sendto take any bytes-like
# object, recv_into/recvfrom_into fill any writable buffer (a memoryview
# slice included), and a bytearray cannot be resized while a memoryview
# over it exists.
import socket
import threading

a, b = socket.socketpair()
data = bytes(range(256)) * 64
print(a.send(memoryview(b'hello')[1:]), a.send(memoryview(bytearray(b'xy'))))
buf = bytearray(10)
view = memoryview(buf)
print(b.recv_into(view[2:]), buf)
print(a.send(memoryview(b'abcdefgh').cast('I')))
print(b.recv_into(view, 8), buf)
try:
    buf.append(1)
except BufferError as e:
    print('BufferError', e)

# A large sendall from a thread, received into slices of one buffer.
def sender():
    a.sendall(memoryview(data)[::1])
    a.shutdown(socket.SHUT_WR)

big = bytearray(len(data))
target = memoryview(big)
th = threading.Thread(target=sender)
th.start()
got = 0
while got < len(big):
    n = b.recv_into(target[got:], min(4096, len(big) - got))
    if n == 0:
        break
    got += n
th.join()
print(got, big == data, b.recv_into(bytearray(4)))

for bad in [b'ro', memoryview(b'ro'), 'str', 5, memoryview(bytearray(4)).toreadonly()]:
    try:
        b.recv_into(bad)
    except TypeError as e:
        print('TypeError', e)
for bad in ['text', 7, [1]]:
    try:
        a.send(bad)
    except TypeError as e:
        print('TypeError', e)
gone = memoryview(b'x')
gone.release()
try:
    a.send(gone)
except ValueError as e:
    print('ValueError', e)
try:
    a.send(memoryview(b'abcd')[::2])
except BufferError as e:
    print('BufferError', e)
try:
    b.recv_into(bytearray(2), 5)
except ValueError as e:
    print('ValueError', e)
a.close()
b.close()

# Datagrams: sendto a memoryview, recvfrom_into a memoryview.
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2.bind(('127.0.0.1', 0))
print(u1.sendto(memoryview(b'datagram!')[:8], u2.getsockname()))
dbuf = bytearray(12)
n, addr = u2.recvfrom_into(memoryview(dbuf)[2:])
print(n, dbuf, addr[0])
u1.close()
u2.close()
