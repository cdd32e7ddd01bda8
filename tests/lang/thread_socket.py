# Sockets between threads: socketpair, AF_INET and AF_UNIX listen/accept/
# connect, send/sendall/recv, TCP_NODELAY.  Blocking calls release the GIL.
import os
import socket
import threading

a, b = socket.socketpair()
def echo(sock, rounds):
    for _ in range(rounds):
        m = sock.recv(64)
        sock.sendall(m + b"!")
t = threading.Thread(target=echo, args=(b, 200))
t.start()
ok = 0
msgs = [b"ping", b"pong", b"hello", b"x"]
for i in range(200):
    msg = msgs[i % 4]
    a.sendall(msg)
    if a.recv(64) == msg + b"!":
        ok += 1
t.join()
print("socketpair round trips", ok)
a.close()
b.close()

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen(1)
host, port = srv.getsockname()
print(host, port > 0)

def serve():
    conn, addr = srv.accept()
    conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    total = b""
    while len(total) < 100000:
        total += conn.recv(65536)
    conn.sendall(b"got all" if len(total) == 100000 else b"short")
    conn.close()

s = threading.Thread(target=serve)
s.start()
c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
c.connect(("127.0.0.1", port))
c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
c.sendall(b"z" * 100000)
print(c.recv(100))
s.join()
c.close()
srv.close()

path = "\0gilkit-test-%d" % os.getpid()   # abstract namespace: no file left behind
u = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
u.bind(path)
u.listen(1)
def userve():
    conn, addr = u.accept()
    conn.send(conn.recv(10) * 2)
    conn.close()
us = threading.Thread(target=userve)
us.start()
uc = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
uc.connect(path)
print(uc.send(b"unix"))
print(uc.recv(100))
us.join()
uc.close()
u.close()

try:
    bad = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    bad.connect(("127.0.0.1", port))
except OSError as e:
    print(type(e).__name__, e.errno)
bad.close()
