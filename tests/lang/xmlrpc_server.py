# xmlrpc.server in a thread on a free port, called through
# xmlrpc.client.ServerProxy: functions, an instance's methods, faults,
# introspection, multicall, allow_none, binary and dates, HTTP errors.
import socketserver
import threading
import xmlrpc.client
import xmlrpc.server
from datetime import datetime

server = xmlrpc.server.SimpleXMLRPCServer(("127.0.0.1", 0), logRequests=False, allow_none=True)
server.register_introspection_functions()
server.register_multicall_functions()
server.register_function(pow)
server.register_function(lambda x, y: x + y, 'add')


@server.register_function
def echo(value):
    """Returns its argument unchanged."""
    return value


@server.register_function(name='fail.now')
def fail_now(code):
    raise xmlrpc.client.Fault(code, "failed with %d" % code)


@server.register_function
def divide(a, b):
    return a / b


class Maths:
    def mul(self, a, b):
        """Multiplies."""
        return a * b

    def nothing(self):
        return None

    def _secret(self):
        return "hidden"


server.register_instance(Maths())
host, port = server.server_address
thread = threading.Thread(target=server.serve_forever)
thread.start()

proxy = xmlrpc.client.ServerProxy("http://%s:%d/" % (host, port), allow_none=True)
print(proxy.pow(2, 10), proxy.add(2, 3), proxy.add("a", "b"), proxy.mul(6, 7))
print(proxy.echo([1, 2.5, "s", True, {"k": [None]}]))
print(proxy.echo({"nested": {"a": [1, [2, [3]]]}}))
print(proxy.nothing())
bin_ = proxy.echo(xmlrpc.client.Binary(b"\x00\x01binary"))
print(type(bin_).__name__, bin_.data)
when = proxy.echo(datetime(2020, 5, 17, 12, 30, 1))
print(type(when).__name__, when.value)
print(proxy.echo("unicode é € <&>"))
print(proxy.system.listMethods())
print(repr(proxy.system.methodHelp("echo")), repr(proxy.system.methodHelp("mul")),
      repr(proxy.system.methodHelp("add")))
print(proxy.system.methodSignature("echo"))

for call in (lambda: proxy.fail.now(42), lambda: proxy.divide(1, 0),
             lambda: proxy.nosuch(1), lambda: proxy._secret(), lambda: proxy.mul(1)):
    try:
        call()
    except xmlrpc.client.Fault as f:
        print("Fault", f.faultCode, repr(f.faultString))

multi = xmlrpc.client.MultiCall(proxy)
multi.add(1, 2)
multi.fail.now(7)
multi.mul(3, 4)
multi.divide(1, 0)
results = multi()
for i in range(4):
    try:
        print("result", results[i])
    except xmlrpc.client.Fault as f:
        print("fault", repr(f))

bad = xmlrpc.client.ServerProxy("http://%s:%d/wrong" % (host, port))
try:
    bad.pow(2, 2)
except xmlrpc.client.ProtocolError as e:
    print("ProtocolError", e.errcode, e.errmsg, e.url == "%s:%d/wrong" % (host, port))

strict = xmlrpc.client.ServerProxy("http://%s:%d/RPC2" % (host, port))
try:
    strict.echo(None)
except TypeError as e:
    print("TypeError", e)

# A long answer comes gzip-encoded (the client accepts gzip); a request
# over the transport's encode_threshold goes gzip-encoded.
print(len(proxy.echo("x" * 5000)))
transport = xmlrpc.client.Transport()
transport.encode_threshold = 100
print(xmlrpc.client.ServerProxy("http://%s:%d" % (host, port), transport=transport).echo("y" * 1000)[-3:])

with xmlrpc.client.ServerProxy("http://%s:%d" % (host, port), use_builtin_types=True) as p:
    print(p.echo(b"bytes back"), p.echo(xmlrpc.client.DateTime("20010203T04:05:06")))
    print(type(p("transport")).__name__)

server.shutdown()
thread.join()
server.server_close()


# A threading server and an instance with its own _dispatch.
class ThreadedServer(socketserver.ThreadingMixIn, xmlrpc.server.SimpleXMLRPCServer):
    daemon_threads = True


class Dispatcher:
    def _dispatch(self, method, params):
        return "%s%r" % (method, params)

    def _listMethods(self):
        return ["anything"]


server = ThreadedServer(("127.0.0.1", 0), logRequests=False)
server.register_instance(Dispatcher())
server.register_introspection_functions()
thread = threading.Thread(target=server.serve_forever)
thread.start()
proxy = xmlrpc.client.ServerProxy("http://%s:%d" % server.server_address)
results = []


def worker(n):
    results.append(proxy.__class__("http://%s:%d" % server.server_address).some.method(n))


workers = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(sorted(results))
print(proxy.system.listMethods())
server.shutdown()
thread.join()
server.server_close()


# One dispatcher per path (the handler must take any path).
class AnyPath(xmlrpc.server.SimpleXMLRPCRequestHandler):
    rpc_paths = ()


server = xmlrpc.server.MultiPathXMLRPCServer(("127.0.0.1", 0), AnyPath, logRequests=False)
for path, word in (("/a", "first"), ("/b", "second")):
    d = server.add_dispatcher(path, xmlrpc.server.SimpleXMLRPCDispatcher())
    d.register_function(lambda word=word: word, "which")
thread = threading.Thread(target=server.serve_forever)
thread.start()
base = "http://%s:%d" % server.server_address
print(xmlrpc.client.ServerProxy(base + "/a").which(), xmlrpc.client.ServerProxy(base + "/b").which())
try:
    xmlrpc.client.ServerProxy(base + "/c").which()
except xmlrpc.client.Fault as f:
    print(repr(f))
server.shutdown()
thread.join()
server.server_close()
