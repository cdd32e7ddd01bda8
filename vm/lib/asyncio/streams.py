"""TCP streams: open_connection and start_server give (StreamReader,
StreamWriter) pairs over non-blocking sockets.

There are no transports or protocols here: a _SocketChannel watches its
socket with add_reader, feeding what arrives to the StreamReader, and
sends what the writer buffered whenever add_writer says the socket can take
more.  drain() waits only while the buffer is above a high-water mark."""

import socket

from . import events, tasks
from .coroutines import iscoroutine
from .exceptions import IncompleteReadError, LimitOverrunError

__all__ = ('StreamReader', 'StreamWriter', 'Server', 'open_connection', 'start_server')

_DEFAULT_LIMIT = 2 ** 16
_HIGH_WATER = 2 ** 16
_RECV_SIZE = 2 ** 16


class StreamReader:
    """Bytes received so far, and coroutines that wait for more."""

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        self._loop = events.get_event_loop() if loop is None else loop
        self._buffer = bytearray()
        self._eof = False
        self._exception = None
        self._waiter = None

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        self._wake()

    def feed_data(self, data):
        self._buffer.extend(data)
        self._wake()

    def feed_eof(self):
        self._eof = True
        self._wake()

    def at_eof(self):
        """End of stream seen and every byte before it read."""
        return self._eof and not self._buffer

    def _wake(self):
        waiter, self._waiter = self._waiter, None
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    async def _wait_for_data(self, caller):
        if self._waiter is not None:
            raise RuntimeError('{}() called while another coroutine is already '
                               'waiting for incoming data'.format(caller))
        self._waiter = self._loop.create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None

    def _check(self):
        if self._exception is not None:
            raise self._exception

    async def read(self, n=-1):
        """Up to n bytes (all until EOF if n < 0); b'' only at EOF."""
        self._check()
        if n == 0:
            return b''
        if n < 0:
            while not self._eof:
                await self._wait_for_data('read')
                self._check()
            n = len(self._buffer)
        elif not self._buffer and not self._eof:
            await self._wait_for_data('read')
            self._check()
        return self._take(min(n, len(self._buffer)))

    def _take(self, n):
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        return data

    async def readexactly(self, n):
        """Exactly n bytes, or IncompleteReadError at EOF."""
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        self._check()
        while len(self._buffer) < n:
            if self._eof:
                partial = self._take(len(self._buffer))
                raise IncompleteReadError(partial, n)
            await self._wait_for_data('readexactly')
            self._check()
        return self._take(n)

    async def readuntil(self, separator=b'\n'):
        """Bytes up to and including separator."""
        if not separator:
            raise ValueError('Separator should be at least one-byte string')
        self._check()
        while True:
            found = self._buffer.find(separator)
            if found >= 0:
                end = found + len(separator)
                if end > self._limit:
                    raise LimitOverrunError('Separator is found, but chunk is longer '
                                            'than limit', found)
                return self._take(end)
            if len(self._buffer) > self._limit:
                raise LimitOverrunError('Separator is not found, and chunk exceed '
                                        'the limit', len(self._buffer))
            if self._eof:
                partial = self._take(len(self._buffer))
                raise IncompleteReadError(partial, None)
            await self._wait_for_data('readuntil')
            self._check()

    async def readline(self):
        """A line with its b'\\n'; at EOF whatever is left (b'' at the end)."""
        try:
            return await self.readuntil(b'\n')
        except IncompleteReadError as e:
            return e.partial
        except LimitOverrunError as e:
            if self._buffer.startswith(b'\n', e.consumed):
                del self._buffer[:e.consumed + 1]
            else:
                self._buffer.clear()
            raise ValueError(e.args[0])

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if line == b'':
            raise StopAsyncIteration
        return line


class _SocketChannel:
    """One connected non-blocking socket between the loop and a stream pair."""

    def __init__(self, loop, sock, reader):
        self._loop = loop
        self._sock = sock
        self._fd = sock.fileno()
        self._reader = reader
        self._outgoing = bytearray()
        self._closing = False
        self._closed = loop.create_future()
        self._drain_waiters = []
        self._extra = {'socket': sock, 'sockname': sock.getsockname(),
                       'peername': _peername(sock)}
        loop.add_reader(self._fd, self._on_readable)

    def _on_readable(self):
        try:
            data = self._sock.recv(_RECV_SIZE)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._loop.remove_reader(self._fd)
            self._reader.set_exception(exc)
            return
        if data:
            self._reader.feed_data(data)
        else:
            self._loop.remove_reader(self._fd)
            self._reader.feed_eof()

    def write(self, data):
        if self._closing:
            raise RuntimeError('write after close')
        if not data:
            return
        if not self._outgoing:
            try:
                sent = self._sock.send(data)
            except (BlockingIOError, InterruptedError):
                sent = 0
            data = memoryview(data)[sent:]
            if not data:
                return
            self._loop.add_writer(self._fd, self._on_writable)
        self._outgoing.extend(data)

    def _on_writable(self):
        try:
            sent = self._sock.send(self._outgoing)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._outgoing.clear()
            self._release_drainers(exc)
            self._shut()
            return
        del self._outgoing[:sent]
        if len(self._outgoing) <= _HIGH_WATER:
            self._release_drainers(None)
        if not self._outgoing:
            self._loop.remove_writer(self._fd)
            if self._closing:
                self._shut()

    def _release_drainers(self, exc):
        waiters, self._drain_waiters = self._drain_waiters, []
        for fut in waiters:
            if fut.done():
                continue
            if exc is None:
                fut.set_result(None)
            else:
                fut.set_exception(exc)

    async def drain(self):
        if len(self._outgoing) > _HIGH_WATER:
            fut = self._loop.create_future()
            self._drain_waiters.append(fut)
            await fut

    def write_eof(self):
        if not self._outgoing:
            self._sock.shutdown(socket.SHUT_WR)

    def close(self):
        """Close once the buffered bytes are sent."""
        if self._closing:
            return
        self._closing = True
        if not self._outgoing:
            self._shut()

    def _shut(self):
        if self._closed.done():
            return
        self._loop.remove_reader(self._fd)
        self._loop.remove_writer(self._fd)
        self._sock.close()
        self._closed.set_result(None)


def _peername(sock):
    try:
        return sock.getpeername()
    except OSError:
        return None


class StreamWriter:
    """Writes bytes to a connection; drain() applies back-pressure."""

    def __init__(self, channel, reader, loop):
        self._channel = channel
        self._reader = reader
        self._loop = loop

    def __repr__(self):
        return '<StreamWriter peername={!r}>'.format(self.get_extra_info('peername'))

    @property
    def transport(self):
        return self._channel

    def write(self, data):
        self._channel.write(data)

    def writelines(self, data):
        for chunk in data:
            self._channel.write(chunk)

    def can_write_eof(self):
        return True

    def write_eof(self):
        self._channel.write_eof()

    async def drain(self):
        exc = self._reader.exception()
        if exc is not None:
            raise exc
        await self._channel.drain()

    def close(self):
        self._channel.close()

    def is_closing(self):
        return self._channel._closing

    async def wait_closed(self):
        await self._channel._closed

    def get_extra_info(self, name, default=None):
        return self._channel._extra.get(name, default)


def _stream_pair(loop, sock, limit):
    sock.setblocking(False)
    reader = StreamReader(limit=limit, loop=loop)
    channel = _SocketChannel(loop, sock, reader)
    return reader, StreamWriter(channel, reader, loop)


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, sock=None):
    """Connect over TCP; (reader, writer).  Tries each address in turn."""
    loop = events.get_running_loop()
    if sock is None:
        sock = await _connect(loop, host, port)
    return _stream_pair(loop, sock, limit)


async def _connect(loop, host, port):
    infos = await loop.run_in_executor(
        None, socket.getaddrinfo, host, port, 0, socket.SOCK_STREAM)
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


class Server:
    """Listening sockets whose connections go to client_connected_cb."""

    def __init__(self, loop, sockets, callback, limit):
        self._loop = loop
        self._sockets = sockets
        self._callback = callback
        self._limit = limit
        self._serving = False
        self._closed = loop.create_future()
        self._serve_forever_task = None

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
                    'exception': exc})
                return
            reader, writer = _stream_pair(self._loop, conn, self._limit)
            result = self._callback(reader, writer)
            if iscoroutine(result):
                self._loop.create_task(result)

    def close(self):
        """Stop listening; connections already accepted stay open."""
        if self._closed.done():
            return
        for sock in self._sockets:
            if self._serving:
                self._loop.remove_reader(sock.fileno())
            sock.close()
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


async def start_server(client_connected_cb, host=None, port=None, *,
                       limit=_DEFAULT_LIMIT, backlog=100, start_serving=True,
                       reuse_address=True, sock=None):
    """Listen on host:port (every local address if host is None); a Server.

    client_connected_cb(reader, writer) is called for each connection; a
    coroutine it returns is run as a task."""
    loop = events.get_running_loop()
    sockets = [sock] if sock is not None else _listen(host, port, backlog, reuse_address)
    for listener in sockets:
        listener.setblocking(False)
    server = Server(loop, sockets, client_connected_cb, limit)
    if start_serving:
        await server.start_serving()
    return server


def _listen(host, port, backlog, reuse_address):
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
