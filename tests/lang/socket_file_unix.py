# makefile's buffered files (lines, text and bytes, 'rw'), create_server
# and create_connection, AF_UNIX over a socketpair and a path, IPv6
# loopback when the machine has it, and the errors of bad addresses.
import os
import socket
import threading

srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]

def serve():
    conn, _ = srv.accept()
    with conn, conn.makefile("rb") as rf, conn.makefile("wb") as wf:
        for line in rf:
            wf.write(b"echo: " + line)
            wf.flush()

t = threading.Thread(target=serve)
t.start()
c = socket.create_connection(("127.0.0.1", port), timeout=5)
print("timeout", c.gettimeout())
f = c.makefile("rw")
print("modes", f.mode, f.readable(), f.writable())
for word in ["one", "two words", "üñí"]:
    f.write(word + "\n")
    f.flush()
    print(repr(f.readline()))
f.write("a\nb\n")
f.flush()
print(f.readline(), end="")
print(f.readline(), end="")
c.shutdown(socket.SHUT_WR)
print("at end", repr(f.readline()))
f.close()
c.close()
t.join()
srv.close()

# The descriptor outlives close() while a file from makefile is open.
a, b = socket.socketpair()
r = a.makefile("rb")
a.close()
b.sendall(b"still open\nsecond\n")
b.close()
print(r.readline(), r.read())
r.close()
print("fileno after both closed", a.fileno())

try:
    socket.socket().makefile("x")
except ValueError as e:
    print(type(e).__name__, e)

# AF_UNIX: a socketpair and a path in a fresh folder
a, b = socket.socketpair()
print("pair family", a.family == socket.AF_UNIX, b.getsockname())
a.sendall(b"over the pair")
print(b.recv(100))
a.close()
b.close()
# A path needs os.unlink to clean up; without it (gilvm's os has none yet)
# the same steps run on an abstract-namespace name.
on_disk = hasattr(os, "unlink")
path = ("/tmp/gilkit-sock-%d" if on_disk else "\0gilkit-sock-%d") % os.getpid()
u = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
u.bind(path)
u.listen(1)
print("unix name", u.getsockname() in (path, path.encode()))
uc = socket.socket(socket.AF_UNIX)
uc.connect(path)
conn, addr = u.accept()
print("unix addr", repr(addr), uc.getpeername() in (path, path.encode()))
uc.sendall(b"by path")
print(conn.recv(100))
for s in (conn, uc, u):
    s.close()
if on_disk:
    os.unlink(path)
try:
    socket.socket(socket.AF_UNIX).connect(path)
except (FileNotFoundError, ConnectionRefusedError) as e:
    print("connect after close:", isinstance(e, OSError))

# IPv6 loopback, when there is one
try:
    six = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    six.bind(("::1", 0))
except OSError:
    print("ipv6 ok")
else:
    other = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    other.sendto(b"six", six.getsockname())
    data, addr = six.recvfrom(10)
    name = six.getsockname()
    print("ipv6 ok" if data == b"six" and name[0] == "::1" and len(name) == 4 else "ipv6 wrong")
    other.close()
    six.close()

# errors
probe = socket.socket()
probe.bind(("127.0.0.1", 0))
free = probe.getsockname()[1]
probe.close()
try:
    socket.create_connection(("127.0.0.1", free))
except ConnectionRefusedError as e:
    print(type(e).__name__, e)
s = socket.socket()
for addr in ["127.0.0.1", ("127.0.0.1",), ("127.0.0.1", 70000), (1, 80), ("127.0.0.1", "80")]:
    try:
        s.connect(addr)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    s.connect(("no-such-host.invalid", 80))
except socket.gaierror as e:
    print("gaierror", isinstance(e, OSError), e.errno < 0)
s.close()
taken = socket.create_server(("127.0.0.1", 0))
s = socket.socket()
try:
    s.bind(taken.getsockname())
except OSError as e:
    print(type(e).__name__, e)
s.close()
taken.close()
print("gethostbyname", socket.gethostbyname("127.0.0.1"), socket.gethostbyname("localhost"))
print("hostname", type(socket.gethostname()), socket.has_ipv6)
print("getaddrinfo", [i[4] for i in socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM)])

# A flush that fails when the file closes reports its error; the file is
# closed all the same and lets go of the socket.
a, b = socket.socketpair()
w = a.makefile("wb")
b.close()
w.write(b"to nobody")
try:
    w.close()
except BrokenPipeError as e:
    print("close:", type(e).__name__, e.errno)
print("file closed", w.closed)
a.close()
print("socket closed", a.fileno())
