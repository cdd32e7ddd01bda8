"""Streams: open_connection and start_server (TCP), open_unix_connection
and start_unix_server (AF_UNIX) give (StreamReader, StreamWriter) pairs,
coroutine-friendly ends of a socket transport.

A _StreamProtocol sits between the transport and the pair: it feeds the
reader what arrives and keeps the writer's drain() waiting while the
transport has asked it to pause writing."""

import collections

from . import events, protocols, tasks
from .coroutines import iscoroutine
from .exceptions import IncompleteReadError, LimitOverrunError

__all__ = ('StreamReader', 'StreamWriter', 'open_connection', 'start_server',
           'open_unix_connection', 'start_unix_server')

_DEFAULT_LIMIT = 2 ** 16


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
        self._transport = None
        self._reading_paused = False

    def set_transport(self, transport):
        self._transport = transport

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        self._wake()

    def feed_data(self, data):
        self._buffer.extend(data)
        self._wake()
        # A reader that falls behind stops the transport reading, so a fast
        # sender fills the kernel's buffers rather than our memory.
        if (self._transport is not None and not self._reading_paused
                and len(self._buffer) > 2 * self._limit):
            self._transport.pause_reading()
            self._reading_paused = True

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
        if self._reading_paused:
            # Whoever waits needs more than the buffer holds: read on.
            self._reading_paused = False
            self._transport.resume_reading()
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
        if self._reading_paused and len(self._buffer) <= self._limit:
            self._reading_paused = False
            self._transport.resume_reading()
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


class _FlowControl:
    """What a StreamWriter needs of its protocol: drain() waits while the
    transport has paused writing, and fails once the connection is lost;
    _closed completes when it is."""

    def __init__(self, loop):
        self._loop = loop
        self._paused = False
        self._lost = False
        self._drain_waiters = collections.deque()
        self._closed = loop.create_future()

    def pause_writing(self):
        self._paused = True

    def resume_writing(self):
        self._paused = False
        self._wake_drainers(None)

    def _lose(self, exc):
        self._lost = True
        if exc is None:
            self._closed.set_result(None)
        else:
            self._closed.set_exception(exc)
            self._closed.exception()   # wait_closed() may never be called
        self._wake_drainers(exc)

    def _wake_drainers(self, exc):
        for fut in self._drain_waiters:
            if fut.done():
                continue
            if exc is None:
                fut.set_result(None)
            else:
                fut.set_exception(exc)

    async def _drain(self):
        if self._lost:
            raise ConnectionResetError('Connection lost')
        if not self._paused:
            return
        fut = self._loop.create_future()
        self._drain_waiters.append(fut)
        try:
            await fut
        finally:
            self._drain_waiters.remove(fut)


class _StreamProtocol(_FlowControl, protocols.Protocol):
    """Connects a transport to a StreamReader and the StreamWriter's drain()."""

    def __init__(self, reader, loop, client_connected_cb=None):
        super().__init__(loop)
        self._reader = reader
        self._client_connected_cb = client_connected_cb

    def connection_made(self, transport):
        self._transport = transport
        self._reader.set_transport(transport)
        if self._client_connected_cb is not None:
            writer = StreamWriter(transport, self, self._reader, self._loop)
            result = self._client_connected_cb(self._reader, writer)
            if iscoroutine(result):
                self._loop.create_task(result)

    def data_received(self, data):
        self._reader.feed_data(data)

    def eof_received(self):
        self._reader.feed_eof()
        return True   # keep the transport open: the writer may still send

    def connection_lost(self, exc):
        if exc is None:
            self._reader.feed_eof()
        else:
            self._reader.set_exception(exc)
        self._lose(exc)


class StreamWriter:
    """Writes bytes to a connection; drain() applies back-pressure."""

    def __init__(self, transport, protocol, reader, loop):
        self._transport = transport
        self._protocol = protocol
        self._reader = reader
        self._loop = loop

    def __repr__(self):
        return '<StreamWriter transport={!r}>'.format(self._transport)

    @property
    def transport(self):
        return self._transport

    def write(self, data):
        self._transport.write(data)

    def writelines(self, data):
        self._transport.writelines(data)

    def can_write_eof(self):
        return self._transport.can_write_eof()

    def write_eof(self):
        self._transport.write_eof()

    async def drain(self):
        """Wait until the transport's buffer is low enough to write more."""
        # A subprocess's stdin writer has no reader beside it.
        exc = None if self._reader is None else self._reader.exception()
        if exc is not None:
            raise exc
        if self._transport.is_closing():
            # Let a pending connection_lost run, so _drain sees the loss.
            await tasks.sleep(0)
        await self._protocol._drain()

    def close(self):
        self._transport.close()

    def is_closing(self):
        return self._transport.is_closing()

    async def wait_closed(self):
        await self._protocol._closed

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwargs):
    """Connect over TCP; (reader, writer).  kwargs go to loop.create_connection."""
    loop = events.get_running_loop()
    return await _open(loop, limit, loop.create_connection, host, port, **kwargs)


async def open_unix_connection(path=None, *, limit=_DEFAULT_LIMIT, sock=None):
    """Connect to the AF_UNIX stream socket at path; (reader, writer)."""
    loop = events.get_running_loop()
    return await _open(loop, limit, loop.create_unix_connection, path, sock=sock)


async def _open(loop, limit, create, *args, **kwargs):
    reader = StreamReader(limit=limit, loop=loop)
    protocol = _StreamProtocol(reader, loop)
    transport, _ = await create(lambda: protocol, *args, **kwargs)
    return reader, StreamWriter(transport, protocol, reader, loop)


async def start_server(client_connected_cb, host=None, port=None, *,
                       limit=_DEFAULT_LIMIT, **kwargs):
    """Listen on host:port; a Server.  client_connected_cb(reader, writer)
    is called for each connection; a coroutine it returns runs as a task."""
    loop = events.get_running_loop()
    return await loop.create_server(_stream_factory(loop, limit, client_connected_cb),
                                    host, port, **kwargs)


async def start_unix_server(client_connected_cb, path=None, *, limit=_DEFAULT_LIMIT,
                            **kwargs):
    """Listen on the AF_UNIX path, as start_server does on a TCP port."""
    loop = events.get_running_loop()
    return await loop.create_unix_server(_stream_factory(loop, limit, client_connected_cb),
                                         path, **kwargs)


def _stream_factory(loop, limit, client_connected_cb):
    def make_protocol():
        reader = StreamReader(limit=limit, loop=loop)
        return _StreamProtocol(reader, loop, client_connected_cb)
    return make_protocol
