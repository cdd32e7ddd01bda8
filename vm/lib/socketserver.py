"""socketserver for gilvm: CPython's framework for network servers, written
in Python over gilvm's socket, selectors and threading modules.

A server owns a listening (or datagram) socket; each request it takes is
given to a RequestHandlerClass instance, whose __init__ runs setup(),
handle() and finish().  serve_forever() waits on a selector, so its waits
release the GIL; ThreadingMixIn hands each request to a thread of its own.

ForkingMixIn gives each request a child process (os.fork), reaped by the
server."""

import os
import socket
import selectors
import sys
import threading
from io import BytesIO
from time import monotonic as _time

__all__ = ['BaseServer', 'TCPServer', 'UDPServer',
           'ThreadingUDPServer', 'ThreadingTCPServer',
           'BaseRequestHandler', 'StreamRequestHandler',
           'DatagramRequestHandler', 'ThreadingMixIn',
           'ForkingMixIn', 'ForkingTCPServer', 'ForkingUDPServer']

# poll is preferred to epoll here: a server registers one socket, so
# epoll's extra descriptor per wait buys nothing.
if hasattr(selectors, 'PollSelector'):
    _ServerSelector = selectors.PollSelector
else:
    _ServerSelector = selectors.SelectSelector


class BaseServer:
    """The request loop, independent of the kind of socket.

    Subclasses give fileno(), get_request() and the socket's setup and
    teardown; handlers are called through process_request()."""

    timeout = None

    def __init__(self, server_address, RequestHandlerClass):
        self.server_address = server_address
        self.RequestHandlerClass = RequestHandlerClass
        self._stop_asked = False
        self._loop_done = threading.Event()
        self._loop_done.set()   # no serve_forever() is running yet

    def server_activate(self):
        """Called by the constructor to start listening; nothing here."""

    def serve_forever(self, poll_interval=0.5):
        """Handle requests until shutdown() asks the loop to end; the ask is
        noticed within poll_interval seconds."""
        self._loop_done.clear()
        try:
            with _ServerSelector() as sel:
                sel.register(self, selectors.EVENT_READ)
                while not self._stop_asked:
                    if sel.select(poll_interval) and not self._stop_asked:
                        self._handle_request_noblock()
                    self.service_actions()
        finally:
            self._stop_asked = False
            self._loop_done.set()

    def shutdown(self):
        """Stop serve_forever() and wait until it has returned; from the
        thread running serve_forever() itself it would wait forever."""
        self._stop_asked = True
        self._loop_done.wait()

    def service_actions(self):
        """Called once per serve_forever() loop; for subclasses to override."""

    def handle_request(self):
        """Handle one request, or call handle_timeout() when none comes
        within the smaller of self.timeout and the socket's timeout."""
        limits = [t for t in (self.socket.gettimeout(), self.timeout) if t is not None]
        wait = min(limits) if limits else None
        end = None if wait is None else _time() + wait
        with _ServerSelector() as sel:
            sel.register(self, selectors.EVENT_READ)
            while not sel.select(wait):
                if end is not None:
                    wait = end - _time()
                    if wait < 0:
                        return self.handle_timeout()
        return self._handle_request_noblock()

    def _handle_request_noblock(self):
        """Take one request, known to be waiting, and process it."""
        try:
            request, client_address = self.get_request()
        except OSError:
            return
        if not self.verify_request(request, client_address):
            self.shutdown_request(request)
            return
        try:
            self.process_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
            self.shutdown_request(request)
        except:
            self.shutdown_request(request)
            raise

    def handle_timeout(self):
        """Called when handle_request() waited self.timeout in vain."""

    def verify_request(self, request, client_address):
        """Whether to process the request; True here."""
        return True

    def process_request(self, request, client_address):
        """Handle the request now, in this thread (the mix-ins change that)."""
        self.finish_request(request, client_address)
        self.shutdown_request(request)

    def server_close(self):
        """Free the server's resources."""

    def finish_request(self, request, client_address):
        """Run the request handler on the request."""
        self.RequestHandlerClass(request, client_address, self)

    def shutdown_request(self, request):
        """End a request, both ways."""
        self.close_request(request)

    def close_request(self, request):
        """Free what a request holds."""

    def handle_error(self, request, client_address):
        """Report a handler's exception on stderr; serving goes on."""
        print('-' * 40, file=sys.stderr)
        print('Exception occurred during processing of request from',
              client_address, file=sys.stderr)
        import traceback
        traceback.print_exc()
        print('-' * 40, file=sys.stderr)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.server_close()


class TCPServer(BaseServer):
    """A server over a stream socket; requests are accepted connections."""

    address_family = socket.AF_INET
    socket_type = socket.SOCK_STREAM
    request_queue_size = 5
    allow_reuse_address = False
    allow_reuse_port = False

    def __init__(self, server_address, RequestHandlerClass, bind_and_activate=True):
        BaseServer.__init__(self, server_address, RequestHandlerClass)
        self.socket = socket.socket(self.address_family, self.socket_type)
        if bind_and_activate:
            try:
                self.server_bind()
                self.server_activate()
            except:
                self.server_close()
                raise

    def server_bind(self):
        """Bind to server_address, then record the address actually bound
        (the port the OS chose for port 0)."""
        if self.allow_reuse_address and hasattr(socket, 'SO_REUSEADDR'):
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if self.allow_reuse_port and hasattr(socket, 'SO_REUSEPORT'):
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        self.socket.bind(self.server_address)
        self.server_address = self.socket.getsockname()

    def server_activate(self):
        self.socket.listen(self.request_queue_size)

    def server_close(self):
        self.socket.close()

    def fileno(self):
        """The socket's descriptor, so that selectors can wait on the server."""
        return self.socket.fileno()

    def get_request(self):
        return self.socket.accept()

    def shutdown_request(self, request):
        # Shutting the write side first makes the client see EOF even when
        # the handler gave the socket to some other holder.
        try:
            request.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        self.close_request(request)

    def close_request(self, request):
        request.close()


class UDPServer(TCPServer):
    """A server over a datagram socket; a request is (data, socket)."""

    allow_reuse_address = False
    allow_reuse_port = False
    socket_type = socket.SOCK_DGRAM
    max_packet_size = 8192

    def get_request(self):
        data, client_addr = self.socket.recvfrom(self.max_packet_size)
        return (data, self.socket), client_addr

    def server_activate(self):
        """A datagram socket does not listen."""

    def shutdown_request(self, request):
        self.close_request(request)

    def close_request(self, request):
        """The socket is the server's own: nothing to close."""


class ForkingMixIn:
    """Handle each request in a child process of its own (os.fork).  The
    server reaps finished children after each request and in every
    serve_forever() loop; with max_children running it waits for one to
    end first.  server_close() waits for all of them unless
    block_on_close is false."""

    timeout = 300
    active_children = None
    max_children = 40
    block_on_close = True

    def collect_children(self, *, blocking=False):
        """Reap finished children; with more than max_children, wait."""
        if self.active_children is None:
            return
        while len(self.active_children) >= self.max_children:
            try:
                pid, _ = os.waitpid(-1, 0)
                self.active_children.discard(pid)
            except ChildProcessError:
                self.active_children.clear()
            except OSError:
                break
        for pid in self.active_children.copy():
            try:
                flags = 0 if blocking else os.WNOHANG
                pid, _ = os.waitpid(pid, flags)
                self.active_children.discard(pid)
            except ChildProcessError:
                self.active_children.discard(pid)
            except OSError:
                pass

    def handle_timeout(self):
        self.collect_children()

    def service_actions(self):
        self.collect_children()

    def process_request(self, request, client_address):
        """Fork: the parent closes its copy of the request and goes on; the
        child handles it and leaves by os._exit (status 1 if it failed)."""
        pid = os.fork()
        if pid:
            if self.active_children is None:
                self.active_children = set()
            self.active_children.add(pid)
            self.close_request(request)
            return
        status = 1
        try:
            self.finish_request(request, client_address)
            status = 0
        except Exception:
            self.handle_error(request, client_address)
        finally:
            try:
                self.shutdown_request(request)
            finally:
                os._exit(status)

    def server_close(self):
        super().server_close()
        self.collect_children(blocking=self.block_on_close)


class ThreadingMixIn:
    """Handle each request in a thread of its own.  server_close() waits for
    the request threads still running, unless they are daemons
    (daemon_threads) or block_on_close is false."""

    daemon_threads = False
    block_on_close = True

    def process_request_thread(self, request, client_address):
        """A request thread's body: what process_request does unthreaded."""
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)

    def process_request(self, request, client_address):
        t = threading.Thread(target=self.process_request_thread,
                             args=(request, client_address))
        t.daemon = self.daemon_threads
        if self.block_on_close and not t.daemon:
            # keep it for server_close(), dropping the ones that ended so a
            # long-running server does not hold every thread it ever ran
            running = [old for old in vars(self).get('_request_threads', ()) if old.is_alive()]
            self._request_threads = running + [t]
        t.start()

    def server_close(self):
        super().server_close()
        waiting, self._request_threads = vars(self).get('_request_threads', []), []
        for t in waiting:
            t.join()


class ForkingUDPServer(ForkingMixIn, UDPServer): pass
class ForkingTCPServer(ForkingMixIn, TCPServer): pass

class ThreadingUDPServer(ThreadingMixIn, UDPServer): pass
class ThreadingTCPServer(ThreadingMixIn, TCPServer): pass


if hasattr(socket, 'AF_UNIX'):
    class UnixStreamServer(TCPServer):
        address_family = socket.AF_UNIX

    class UnixDatagramServer(UDPServer):
        address_family = socket.AF_UNIX

    class ThreadingUnixStreamServer(ThreadingMixIn, UnixStreamServer): pass

    class ThreadingUnixDatagramServer(ThreadingMixIn, UnixDatagramServer): pass

    __all__.extend(['UnixStreamServer', 'UnixDatagramServer',
                    'ThreadingUnixStreamServer', 'ThreadingUnixDatagramServer'])


class BaseRequestHandler:
    """One instance per request: __init__ runs setup(), handle(), finish()."""

    def __init__(self, request, client_address, server):
        self.request = request
        self.client_address = client_address
        self.server = server
        self.setup()
        try:
            self.handle()
        finally:
            self.finish()

    def setup(self):
        pass

    def handle(self):
        pass

    def finish(self):
        pass


class _SocketWriter:
    """A write-only file over a socket that sends at once (wbufsize 0):
    every write() is one sendall()."""

    def __init__(self, sock):
        self._sock = sock
        self.closed = False

    def writable(self):
        return True

    def write(self, b):
        self._sock.sendall(b)
        with memoryview(b) as view:
            return view.nbytes

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def fileno(self):
        return self._sock.fileno()

    def close(self):
        self.closed = True


class StreamRequestHandler(BaseRequestHandler):
    """A handler for stream sockets with file objects over the connection:
    self.rfile to read the request, self.wfile to write the reply."""

    rbufsize = -1
    wbufsize = 0
    timeout = None
    disable_nagle_algorithm = False

    def setup(self):
        self.connection = self.request
        if self.timeout is not None:
            self.connection.settimeout(self.timeout)
        if self.disable_nagle_algorithm:
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
        self.rfile = self.connection.makefile('rb', self.rbufsize)
        if self.wbufsize == 0:
            self.wfile = _SocketWriter(self.connection)
        else:
            self.wfile = self.connection.makefile('wb', self.wbufsize)

    def finish(self):
        if not self.wfile.closed:
            try:
                self.wfile.flush()
            except OSError:
                # the peer may be gone; there is no one to tell
                pass
        self.wfile.close()
        self.rfile.close()


class DatagramRequestHandler(BaseRequestHandler):
    """A handler for datagrams: self.rfile reads the packet, and what is
    written to self.wfile is sent back as one datagram."""

    def setup(self):
        self.packet, self.socket = self.request
        self.rfile = BytesIO(self.packet)
        self.wfile = BytesIO()

    def finish(self):
        self.socket.sendto(self.wfile.getvalue(), self.client_address)
