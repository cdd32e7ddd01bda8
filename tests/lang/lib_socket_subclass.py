# socket.socket can be subclassed, as in python3: a server or client class
# that adds state and methods, opening through super().__init__ (or the
# inherited __init__); its repr names the subclass.
import re
import socket
import threading


class Tagged(socket.socket):
    def __init__(self, tag, family=socket.AF_INET):
        super().__init__(family, socket.SOCK_STREAM)
        self.tag = tag
        self.sent = 0

    def send_line(self, text):
        data = (text + "\n").encode()
        self.sendall(data)
        self.sent += len(data)


class Plain(socket.socket):
    pass


def clean(r):
    return re.sub(r"fd=\d+", "fd=N", re.sub(r"\d{4,5}\)", "PORT)", r))


srv = Plain(socket.AF_INET, socket.SOCK_STREAM)
srv.bind(("127.0.0.1", 0))
srv.listen()
print(type(srv).__name__, isinstance(srv, socket.socket), clean(repr(srv)))
lines = []


def serve():
    conn, _ = srv.accept()
    with conn:
        f = conn.makefile("r")
        lines.extend(line.strip() for line in f)
        f.close()
    print("accepted a", type(conn).__name__)


t = threading.Thread(target=serve)
t.start()
with Tagged("client") as c:
    c.connect(srv.getsockname())
    c.send_line("hello")
    c.send_line("world")
    print(c.tag, c.sent, repr(c.family), c.gettimeout())
t.join()
t = None
print(lines, clean(repr(c)))
srv.close()
print(clean(repr(srv)))


class Lazy(socket.socket):
    def __init__(self):
        pass            # never opened


lazy = Lazy()
print(clean(repr(lazy)), lazy.fileno())
try:
    lazy.send(b"x")
except OSError as e:
    print("OSError:", e)
try:
    Plain("not a family")
except TypeError as e:
    print("TypeError:", e)
srv = c = lazy = None
