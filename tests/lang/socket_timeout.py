# Timeouts and non-blocking sockets as CPython has them: a timeout that
# passes raises socket.timeout (TimeoutError, an OSError) "timed out";
# timeout 0 / setblocking(False) raises BlockingIOError at once.
import socket

print("default", socket.getdefaulttimeout())
a, b = socket.socketpair()
print("blocking", a.gettimeout(), a.getblocking())
a.settimeout(0.05)
print("timeout", a.gettimeout(), a.getblocking(), a.timeout)
try:
    a.recv(10)
except socket.timeout as e:
    print("recv:", isinstance(e, OSError), str(e))
b.send(b"data")
print("within timeout", a.recv(10))

a.setblocking(False)
print("non-blocking", a.gettimeout(), a.getblocking())
try:
    a.recv(10)
except BlockingIOError as e:
    print("recv:", type(e).__name__, e.errno)
try:
    while True:
        a.send(b"x" * 65536)
except BlockingIOError as e:
    print("send until full:", type(e).__name__)
a.setblocking(True)
print("blocking again", a.gettimeout())

try:
    a.settimeout(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.settimeout("x")
except TypeError as e:
    print(type(e).__name__)
a.close()
b.close()

# accept with a timeout, and connect_ex
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
srv.settimeout(0.05)
try:
    srv.accept()
except OSError as e:
    print("accept:", isinstance(e, socket.timeout), e)
port = srv.getsockname()[1]
c = socket.socket()
c.settimeout(5)
print("connect_ex", c.connect_ex(("127.0.0.1", port)))
conn, addr = srv.accept()
print("accepted timeout", conn.gettimeout())
conn.close()
c.close()
srv.close()

# the default timeout applies to new sockets
socket.setdefaulttimeout(0.05)
x, y = socket.socketpair()
print("from default", x.gettimeout())
try:
    x.recv(1)
except socket.timeout as e:
    print("default recv:", e)
socket.setdefaulttimeout(None)
x.close()
y.close()
print("errors", socket.error is OSError, issubclass(socket.timeout, OSError),
      issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError))
