# socketserver: a ThreadingTCPServer echoing lines to several client
# threads, then shutdown() and server_close(); a UDPServer round trip;
# handle_request() timing out into handle_timeout(); a handler's exception
# reaching handle_error(); the Unix stream server.
import os
import socket
import socketserver
import tempfile
import threading


class Echo(socketserver.StreamRequestHandler):
    timeout = 10

    def handle(self):
        for line in self.rfile:
            self.wfile.write(b"echo " + line)


def client(address, name, results):
    with socket.create_connection(address, timeout=10) as s:
        f = s.makefile("rb")
        got = []
        for i in range(3):
            s.sendall(("%s-%d\n" % (name, i)).encode())
            got.append(f.readline())
        s.shutdown(socket.SHUT_WR)
        got.append(f.readline())
        f.close()
    results[name] = got


server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Echo)
print("port chosen", server.server_address[1] != 0, server.fileno() == server.socket.fileno())
serving = threading.Thread(target=server.serve_forever, args=(0.05,))
serving.start()
results = {}
clients = [threading.Thread(target=client, args=(server.server_address, "c%d" % i, results))
           for i in range(4)]
for t in clients:
    t.start()
for t in clients:
    t.join(10)
for name in sorted(results):
    print(name, results[name])
server.shutdown()
print("serve_forever returned", not serving.is_alive() or serving.join(10) or not serving.is_alive())
server.server_close()
print("server socket closed", server.socket.fileno())


class Reverse(socketserver.DatagramRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.read()[::-1])


with socketserver.UDPServer(("127.0.0.1", 0), Reverse) as udp:
    udp.timeout = 10
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as c:
        c.settimeout(10)
        c.sendto(b"datagram", udp.server_address)
        udp.handle_request()
        print("udp", c.recvfrom(100)[0])


class Quiet(socketserver.TCPServer):
    timeout = 0.05

    def handle_timeout(self):
        print("handle_timeout called")

    def handle_error(self, request, client_address):
        import sys
        print("handle_error", sys.exc_info()[0].__name__, sys.exc_info()[1])


class Boom(socketserver.BaseRequestHandler):
    def setup(self):
        print("setup")

    def handle(self):
        raise ZeroDivisionError("boom in handler")

    def finish(self):
        print("finish runs anyway")


with Quiet(("127.0.0.1", 0), Boom) as srv:
    print("timed out ->", srv.handle_request())
    srv.timeout = 10
    with socket.create_connection(srv.server_address, timeout=10) as c:
        srv.handle_request()
        print("client sees EOF", c.recv(10))

# a bind that fails closes the socket it made
try:
    socketserver.TCPServer(("127.0.0.1", -1), Boom)
except (OSError, OverflowError) as e:
    print("bad bind", type(e).__name__)

if hasattr(socket, "AF_UNIX"):
    path = os.path.join(tempfile.mkdtemp(), "sock")
    with socketserver.ThreadingUnixStreamServer(path, Echo) as us:
        serving = threading.Thread(target=us.serve_forever, args=(0.05,))
        serving.start()
        with socket.socket(socket.AF_UNIX) as c:
            c.settimeout(10)
            c.connect(path)
            c.sendall(b"unix\n")
            f = c.makefile("rb")
            print("unix", f.readline())
            f.close()
        us.shutdown()
        serving.join(10)
    os.unlink(path)
    os.rmdir(os.path.dirname(path))

print("block_on_close", socketserver.ThreadingTCPServer.block_on_close,
      socketserver.ThreadingTCPServer.daemon_threads)
print("done")
