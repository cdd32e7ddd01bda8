# socketserver.ForkingTCPServer: each request handled in a child process,
# reaped by the server; the parent's state is not touched by a child.
import os
import socket
import socketserver
import threading

parent = os.getpid()
counter = [0]


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        counter[0] += 1   # the child's copy only
        line = self.rfile.readline().strip()
        self.wfile.write(b'%s from %s %d\n' % (line.upper(), b'child' if os.getpid() != parent else b'parent',
                                               counter[0]))


server = socketserver.ForkingTCPServer(('127.0.0.1', 0), Handler)
t = threading.Thread(target=server.serve_forever, kwargs={'poll_interval': 0.05})
t.start()
replies = []
for word in (b'alpha', b'beta', b'gamma'):
    with socket.create_connection(server.server_address) as c:
        c.sendall(word + b'\n')
        replies.append(c.makefile('rb').readline())
print(replies)
server.shutdown()
t.join()
server.server_close()
print(counter[0], not server.active_children)

class Failing(socketserver.BaseRequestHandler):
    def handle(self):
        raise ValueError('handler failed')


s2 = socketserver.ForkingTCPServer(('127.0.0.1', 0), Failing)
s2.handle_error = lambda request, address: None   # the child's report stays quiet
with socket.create_connection(s2.server_address) as c:
    s2.handle_request()
    print(c.recv(10))
s2.server_close()
print(s2.active_children == set(), issubclass(socketserver.ForkingUDPServer, socketserver.ForkingMixIn))
