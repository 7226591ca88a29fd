import socket
s = socket.socket(); s.bind(('127.0.0.1', 0)); port = s.getsockname()[1]; s.close()
try:
    socket.create_connection(('127.0.0.1', port), all_errors=True)
except ExceptionGroup as eg:
    print(type(eg).__name__, eg.message, [type(e).__name__ for e in eg.exceptions])
try:
    socket.create_connection(('127.0.0.1', port))
except OSError as e:
    print(type(e).__name__, e.errno > 0)
