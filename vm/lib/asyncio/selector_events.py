"""TCP over the loop's selector: the socket transport, connecting, and the
Server that accepts connections for loop.create_server.

A transport reads whenever add_reader reports its socket readable (unless
paused) and hands each chunk to its protocol.  write() sends at once what
the socket takes and buffers the rest, sent as add_writer reports room;
above the high-water mark the protocol is told to pause writing, and told
to resume once the buffer drains to the low-water mark.  close() waits for
the buffer to drain; abort() does not.  connection_lost always comes last,
from its own callback, and the socket is closed after it."""

import socket

from . import tasks, transports

__all__ = ('Server',)

_RECV_SIZE = 2 ** 16
_DEFAULT_HIGH_WATER = 2 ** 16


def _peername(sock):
    try:
        return sock.getpeername()
    except OSError:
        return None


class _WaterMarks:
    """The write-buffer limits of a buffering transport, and telling its
    protocol to pause once the buffer grows past the high one."""

    def get_write_buffer_limits(self):
        return self._low_water, self._high_water

    def set_write_buffer_limits(self, high=None, low=None):
        if high is None:
            high = _DEFAULT_HIGH_WATER if low is None else 4 * low
        if low is None:
            low = high // 4
        if not high >= low >= 0:
            raise ValueError('high ({!r}) must be >= low ({!r}) must be >= 0'.format(high, low))
        self._high_water = high
        self._low_water = low

    def _check_high_water(self):
        if len(self._buffer) > self._high_water and not self._writing_paused:
            self._writing_paused = True
            self._call_protocol('pause_writing')

    def _check_low_water(self):
        if self._writing_paused and len(self._buffer) <= self._low_water:
            self._writing_paused = False
            self._call_protocol('resume_writing')


class _SocketTransport(_WaterMarks, transports.Transport):
    """A connected non-blocking stream socket driving one protocol."""

    def __init__(self, loop, sock, protocol, waiter=None):
        super().__init__({'socket': sock, 'sockname': sock.getsockname(),
                          'peername': _peername(sock)})
        self._loop = loop
        self._sock = sock
        self._fd = sock.fileno()
        self._protocol = protocol
        self._buffer = bytearray()
        self._read_paused = False
        self._watching = False   # whether the loop watches the socket for reading
        self._closing = False
        self._eof_requested = False
        self._conn_lost = False
        self._writing_paused = False
        self.set_write_buffer_limits()
        loop.call_soon(self._connect, waiter)

    def __repr__(self):
        return '<_SocketTransport fd={} peername={!r}>'.format(
            self._fd, self._extra['peername'])

    def _connect(self, waiter):
        self._call_protocol('connection_made', self)
        # connection_made may have paused reading: start only if it did not.
        if self.is_reading():
            self._watch(True)
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def _call_protocol(self, name, *args):
        """A protocol callback; one that raises kills the connection."""
        try:
            return getattr(self._protocol, name)(*args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.{}() call failed.'.format(name))

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    # -- reading -------------------------------------------------------

    def is_reading(self):
        return not self._closing and not self._read_paused

    def pause_reading(self):
        if self.is_reading():
            self._read_paused = True
            self._watch(False)

    def resume_reading(self):
        if not self._closing and self._read_paused:
            self._read_paused = False
            self._watch(True)

    def _watch(self, on):
        if on and not self._watching:
            self._loop.add_reader(self._fd, self._read_ready)
        elif not on and self._watching:
            self._loop.remove_reader(self._fd)
        self._watching = on

    def _read_ready(self):
        try:
            data = self._sock.recv(_RECV_SIZE)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._fatal_error(exc)
            return
        if data:
            self._call_protocol('data_received', data)
            return
        self._watch(False)
        if not self._call_protocol('eof_received'):
            self.close()

    # -- writing -------------------------------------------------------

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError('data argument must be a bytes-like object, not {!r}'
                            .format(type(data).__name__))
        if self._eof_requested:
            raise RuntimeError('Cannot call write() after write_eof()')
        if not data or self._conn_lost:
            return
        if not self._buffer:
            try:
                sent = self._sock.send(data)
            except (BlockingIOError, InterruptedError):
                sent = 0
            except OSError as exc:
                self._fatal_error(exc)
                return
            data = memoryview(data)[sent:]
            if not data:
                return
            self._loop.add_writer(self._fd, self._write_ready)
        self._buffer.extend(data)
        self._check_high_water()

    def _write_ready(self):
        try:
            sent = self._sock.send(self._buffer)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._fatal_error(exc)
            return
        del self._buffer[:sent]
        self._check_low_water()
        if self._buffer:
            return
        self._loop.remove_writer(self._fd)
        if self._closing:
            self._lose_connection(None)
        elif self._eof_requested:
            self._sock.shutdown(socket.SHUT_WR)

    def write_eof(self):
        """Shut down the sending side once the buffer is sent."""
        if self._closing or self._eof_requested:
            return
        self._eof_requested = True
        if not self._buffer:
            self._sock.shutdown(socket.SHUT_WR)

    def can_write_eof(self):
        return True

    def get_write_buffer_size(self):
        return len(self._buffer)

    # -- closing -------------------------------------------------------

    def is_closing(self):
        return self._closing

    def close(self):
        """Stop reading; close once the buffered bytes are sent."""
        if self._closing:
            return
        self._closing = True
        self._watch(False)
        if not self._buffer:
            self._lose_connection(None)

    def abort(self):
        """Close now, dropping whatever is buffered."""
        self._force_close(None)

    def _fatal_error(self, exc, message='Fatal error on transport'):
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({
                'message': message, 'exception': exc,
                'transport': self, 'protocol': self._protocol})
        self._force_close(exc)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if self._buffer:
            self._buffer.clear()
            self._loop.remove_writer(self._fd)
        self._closing = True
        self._watch(False)
        self._lose_connection(exc)

    def _lose_connection(self, exc):
        if not self._conn_lost:
            self._conn_lost = True
            self._loop.call_soon(self._connection_lost, exc)

    def _connection_lost(self, exc):
        try:
            self._call_protocol('connection_lost', exc)
        finally:
            self._sock.close()


async def connect(loop, host, port):
    """A connected non-blocking socket to the first of host:port's
    addresses that accepts."""
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    error = None
    for family, type_, proto, _, address in infos:
        sock = socket.socket(family, type_, proto)
        sock.setblocking(False)
        try:
            await loop.sock_connect(sock, address)
            return sock
        except OSError as exc:
            sock.close()
            error = exc
    raise error if error is not None else OSError('getaddrinfo returned an empty list')


def listen(host, port, backlog, reuse_address):
    """Listening sockets on every address host:port resolves to."""
    infos = socket.getaddrinfo(host, port, socket.AF_UNSPEC, socket.SOCK_STREAM,
                               0, socket.AI_PASSIVE)
    sockets = []
    try:
        for family, type_, proto, _, address in dict.fromkeys(infos):
            sock = socket.socket(family, type_, proto)
            sockets.append(sock)
            if reuse_address:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            if family == socket.AF_INET6:
                # Both families bind the same port; each keeps to its own.
                sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
            sock.bind(address)
            sock.listen(backlog)
    except OSError:
        for sock in sockets:
            sock.close()
        raise
    return sockets


class Server:
    """Listening sockets; each accepted connection gets a transport and a
    fresh protocol from protocol_factory."""

    def __init__(self, loop, sockets, protocol_factory):
        self._loop = loop
        self._sockets = sockets
        self._protocol_factory = protocol_factory
        self._serving = False
        self._closed = loop.create_future()
        self._serve_forever_task = None
        for sock in sockets:
            sock.setblocking(False)

    def __repr__(self):
        return '<Server sockets={!r}>'.format(self.sockets)

    @property
    def sockets(self):
        return tuple(self._sockets)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    async def start_serving(self):
        if self._serving or self._closed.done():
            return
        self._serving = True
        for sock in self._sockets:
            self._loop.add_reader(sock.fileno(), self._accept, sock)

    def _accept(self, listener):
        while True:
            try:
                conn, _ = listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                self._loop.call_exception_handler({
                    'message': 'socket.accept() out of system resource',
                    'exception': exc, 'socket': listener})
                return
            conn.setblocking(False)
            try:
                protocol = self._protocol_factory()
            except Exception as exc:
                conn.close()
                self._loop.call_exception_handler({
                    'message': 'Error on transport creation for incoming connection',
                    'exception': exc})
                continue
            _SocketTransport(self._loop, conn, protocol)

    def close(self):
        """Stop listening; connections already accepted stay open."""
        if self._closed.done():
            return
        for sock in self._sockets:
            if self._serving:
                self._loop.remove_reader(sock.fileno())
            sock.close()
        self._sockets = []
        self._serving = False
        self._closed.set_result(None)
        if self._serve_forever_task is not None:
            self._serve_forever_task.cancel()

    async def wait_closed(self):
        await self._closed

    async def serve_forever(self):
        if self._serve_forever_task is not None:
            raise RuntimeError('server {!r} is already being awaited on '
                               'serve_forever()'.format(self))
        if self._closed.done():
            raise RuntimeError('server {!r} is closed'.format(self))
        await self.start_serving()
        self._serve_forever_task = tasks.current_task()
        try:
            await self._loop.create_future()
        finally:
            self.close()
            self._serve_forever_task = None

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_info):
        self.close()
        await self.wait_closed()
