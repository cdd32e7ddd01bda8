# TCP echo over loopback between a server thread and a client, UDP
# sendto/recvfrom, address shapes, shutdown, and the errors of a closed or
# unconnected socket.
import socket
import threading

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print("reuseaddr", srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
srv.bind(("127.0.0.1", 0))
srv.listen()
host, port = srv.getsockname()
print("listening", host, 0 < port < 65536)
print("attrs", srv.family == socket.AF_INET, srv.type == socket.SOCK_STREAM, srv.proto)

seen = []   # printed by the main thread after the join: a fixed order

def serve():
    conn, peer = srv.accept()
    with conn:
        seen.append((peer[0], conn.getsockname() == (host, port)))
        while True:
            data = conn.recv(1024)
            if not data:
                break
            conn.sendall(b"<" + data + b">")
        conn.shutdown(socket.SHUT_RDWR)

t = threading.Thread(target=serve)
t.start()
c = socket.socket()
c.connect(("127.0.0.1", port))
print("client peer", c.getpeername() == (host, port))
print("client name", type(c.getsockname()), len(c.getsockname()))
for word in [b"hello", b"gil", b"x" * 1000]:
    c.sendall(word)
    got = b""
    while len(got) < len(word) + 2:
        more = c.recv(4096)
        if not more:
            break
        got += more
    print(got[:10], len(got))
print("send returns", c.send(b"abc"))
c.shutdown(socket.SHUT_WR)
rest = b""
while True:
    more = c.recv(10)
    if not more:
        break
    rest += more
print("after shutdown", rest)
t.join()
print("server saw peer", *seen[0])
c.close()
srv.close()
print("closed fileno", c.fileno())
try:
    c.recv(1)
except OSError as e:
    print("closed recv:", type(e).__name__, e.errno)
c.close()   # twice is fine

# UDP
a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(("127.0.0.1", 0))
b.bind(("127.0.0.1", 0))
print("udp type", a.type == socket.SOCK_DGRAM)
print("sendto", a.sendto(b"ping", b.getsockname()))
data, addr = b.recvfrom(100)
print(data, addr == a.getsockname())
b.sendto(b"pong", 0, addr)
print(a.recv(100))
a.connect(b.getsockname())
a.send(b"connected")
print(b.recvfrom(100)[0])
a.close()
b.close()

with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
    s.bind(("127.0.0.1", 0))
    print("with: bound", s.getsockname()[1] > 0)
print("with: closed", s.fileno())

u = socket.socket()
try:
    u.getpeername()
except OSError as e:
    print(type(e).__name__, e)
try:
    u.recv(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    u.send("text")
except TypeError as e:
    print(type(e).__name__, e)
print("repr closed", "[closed]" in repr(s), "fd=-1" in repr(s))
u.close()
