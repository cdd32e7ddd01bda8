"""Sockets over the loop's selector: the stream (TCP and AF_UNIX) socket
transport, connecting, the Server that accepts connections for
loop.create_server and loop.create_unix_server, and the datagram transport
of loop.create_datagram_endpoint.

A transport reads whenever add_reader reports its socket readable (unless
paused) and hands each chunk to its protocol.  write() sends at once what
the socket takes and buffers the rest, sent as add_writer reports room;
above the high-water mark the protocol is told to pause writing, and told
to resume once the buffer drains to the low-water mark.  close() waits for
the buffer to drain; abort() does not.  connection_lost always comes last,
from its own callback, and the socket is closed after it.  A
BufferedProtocol gets the bytes in a buffer of its own instead of a new
bytes object per chunk."""

import collections
import errno
import os
import socket
import stat

from . import events, protocols, tasks, transports

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
        if self.get_write_buffer_size() > self._high_water and not self._writing_paused:
            self._writing_paused = True
            self._call_protocol('pause_writing')

    def _check_low_water(self):
        if self._writing_paused and self.get_write_buffer_size() <= self._low_water:
            self._writing_paused = False
            self._call_protocol('resume_writing')


class _TransportBase:
    """What the socket and pipe transports share: protocol calls, fatal
    errors, and the end of the connection (connection_lost, then the
    descriptor's owner released by _release)."""

    _FATAL = 'Fatal error on transport'

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

    def _fatal_error(self, exc, message=None):
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({
                'message': message or self._FATAL, 'exception': exc,
                'transport': self, 'protocol': self._protocol})
        self._force_close(exc)

    def _lose_connection(self, exc):
        if not self._conn_lost:
            self._conn_lost = True
            self._losing()
            self._loop.call_soon(self._connection_lost, exc)

    def _losing(self):
        """What a transport does the moment its connection is lost."""

    def _connection_lost(self, exc):
        try:
            self._call_protocol('connection_lost', exc)
        finally:
            self._release()


class _Reader:
    """Reading through the selector for a transport with _fd, _closing and
    _read_ready: started once connection_made has run (it may pause
    reading), paused and resumed by the protocol's flow control."""

    def _connect(self, waiter):
        self._call_protocol('connection_made', self)
        if self.is_reading():
            self._watch(True)
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

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


class _Writer:
    """Writing through the selector for a transport with _fd, a bytearray
    _buffer, _send(data) (the bytes the descriptor took) and
    _check_writable(): what is not taken at once waits in _buffer until the
    selector reports the descriptor writable; _drained() runs once it is
    empty and the transport is not closing."""

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError('data argument must be a bytes-like object, not {!r}'
                            .format(type(data).__name__))
        self._check_writable()
        if not data or self._conn_lost:
            return
        if not self._buffer:
            sent = self._try_send(data)
            if sent is None:
                return
            data = memoryview(data)[sent:]
            if not data:
                return
            self._loop.add_writer(self._fd, self._write_ready)
        self._buffer.extend(data)
        self._check_high_water()

    def _try_send(self, data):
        """The bytes sent (0 when the descriptor takes none now), or None
        after a fatal error."""
        try:
            return self._send(data)
        except (BlockingIOError, InterruptedError):
            return 0
        except OSError as exc:
            self._fatal_error(exc)
            return None

    def _write_ready(self):
        sent = self._try_send(self._buffer)
        if not sent:
            return
        del self._buffer[:sent]
        self._check_low_water()
        if self._buffer:
            return
        self._loop.remove_writer(self._fd)
        if self._closing:
            self._lose_connection(None)
        else:
            self._drained()

    def _drained(self):
        """What a transport does once everything written has gone."""


class _SocketBase(_TransportBase):
    """The stream and datagram socket transports: the socket closes after
    connection_lost."""

    def _release(self):
        self._sock.close()


class _SocketTransport(_SocketBase, _Reader, _Writer, _WaterMarks, transports.Transport):
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

    def _read_ready(self):
        if isinstance(self._protocol, protocols.BufferedProtocol):
            self._read_into_buffer()
            return
        try:
            data = self._sock.recv(_RECV_SIZE)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._fatal_error(exc)
            return
        if data:
            self._call_protocol('data_received', data)
        else:
            self._eof()

    def _read_into_buffer(self):
        """A BufferedProtocol's read: straight into the buffer it lends."""
        try:
            buf = self._protocol.get_buffer(-1)
            if not len(buf):
                raise RuntimeError('get_buffer() returned an empty buffer')
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.get_buffer() call failed.')
            return
        try:
            nbytes = self._sock.recv_into(buf)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._fatal_error(exc)
            return
        if nbytes:
            self._call_protocol('buffer_updated', nbytes)
        else:
            self._eof()

    def _eof(self):
        self._watch(False)
        if not self._call_protocol('eof_received'):
            self.close()

    # -- writing -------------------------------------------------------

    def _check_writable(self):
        if self._eof_requested:
            raise RuntimeError('Cannot call write() after write_eof()')

    def _send(self, data):
        return self._sock.send(data)

    def _drained(self):
        if self._eof_requested:
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

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if self._buffer:
            self._buffer.clear()
            self._loop.remove_writer(self._fd)
        self._closing = True
        self._watch(False)
        self._lose_connection(exc)



class _DatagramTransport(_SocketBase, _WaterMarks, transports.DatagramTransport):
    """A non-blocking datagram socket driving a DatagramProtocol.

    Each readable event is one datagram for datagram_received; a failed
    receive or send (an ICMP error reported on a connected socket, say) goes
    to error_received and the transport stays open.  Datagrams the socket
    does not take at once wait, whole, for add_writer to report room."""

    def __init__(self, loop, sock, protocol, address, waiter):
        super().__init__({'socket': sock, 'sockname': sock.getsockname(),
                          'peername': address})
        self._loop = loop
        self._sock = sock
        self._fd = sock.fileno()
        self._protocol = protocol
        self._address = address
        self._buffer = collections.deque()
        self._buffer_size = 0
        self._closing = False
        self._conn_lost = False
        self._writing_paused = False
        self.set_write_buffer_limits()
        loop.call_soon(self._connect, waiter)

    def __repr__(self):
        return '<_DatagramTransport fd={} sockname={!r}>'.format(
            self._fd, self._extra['sockname'])

    def _connect(self, waiter):
        self._call_protocol('connection_made', self)
        if not self._closing:
            self._loop.add_reader(self._fd, self._read_ready)
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def get_write_buffer_size(self):
        return self._buffer_size

    def _read_ready(self):
        try:
            data, addr = self._sock.recvfrom(_RECV_SIZE)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._call_protocol('error_received', exc)
            return
        self._call_protocol('datagram_received', data, addr)

    def sendto(self, data, addr=None):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError('data argument must be a bytes-like object, not {!r}'
                            .format(type(data).__name__))
        if self._address is not None and addr not in (None, self._address):
            raise ValueError('Invalid address: must be None or {}'.format(self._address))
        if not data or self._conn_lost:
            return
        if not self._buffer:
            try:
                self._send(data, addr)
                return
            except (BlockingIOError, InterruptedError):
                self._loop.add_writer(self._fd, self._write_ready)
            except OSError as exc:
                self._call_protocol('error_received', exc)
                return
        self._buffer.append((bytes(data), addr))
        self._buffer_size += len(data)
        self._check_high_water()

    def _send(self, data, addr):
        if self._address is not None:
            self._sock.send(data)
        else:
            self._sock.sendto(data, addr)

    def _write_ready(self):
        while self._buffer:
            data, addr = self._buffer[0]
            try:
                self._send(data, addr)
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                self._call_protocol('error_received', exc)
            self._buffer.popleft()
            self._buffer_size -= len(data)
        self._check_low_water()
        self._loop.remove_writer(self._fd)
        if self._closing:
            self._lose_connection(None)

    def is_closing(self):
        return self._closing

    def close(self):
        """Stop receiving; close once the waiting datagrams are sent."""
        if self._closing:
            return
        self._closing = True
        self._loop.remove_reader(self._fd)
        if not self._buffer:
            self._lose_connection(None)

    def abort(self):
        self._force_close(None)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if self._buffer:
            self._buffer.clear()
            self._buffer_size = 0
            self._loop.remove_writer(self._fd)
        if not self._closing:
            self._closing = True
            self._loop.remove_reader(self._fd)
        self._lose_connection(exc)


async def datagram_socket(loop, local_addr, remote_addr, family, proto, flags,
                          reuse_port, allow_broadcast):
    """A bound and/or connected non-blocking datagram socket, and the
    address it is connected to (None if it is not)."""
    for fam, pro, local, remote in await _datagram_addresses(
            loop, local_addr, remote_addr, family, proto, flags):
        sock = socket.socket(fam, socket.SOCK_DGRAM, pro)
        try:
            if reuse_port:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
            if allow_broadcast:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
            sock.setblocking(False)
            if local is not None:
                sock.bind(local)
            if remote is not None and not allow_broadcast:
                await loop.sock_connect(sock, remote)
            return sock, remote
        except OSError as exc:
            sock.close()
            error = exc
        except BaseException:
            sock.close()
            raise
    raise error


async def _datagram_addresses(loop, local_addr, remote_addr, family, proto, flags):
    """(family, proto, local address, remote address) to try, in order."""
    if local_addr is None and remote_addr is None:
        if family == 0:
            raise ValueError('unexpected address family')
        return [(family, proto, None, None)]
    if family == socket.AF_UNIX:
        for addr in (local_addr, remote_addr):
            if addr is not None and not isinstance(addr, (str, bytes)):
                raise TypeError('string is expected')
        return [(family, proto, local_addr, remote_addr)]
    found = {}
    for slot, addr in ((0, local_addr), (1, remote_addr)):
        if addr is None:
            continue
        if not (isinstance(addr, tuple) and len(addr) == 2):
            raise TypeError('2-tuple is expected')
        infos = await loop.getaddrinfo(*addr, family=family, type=socket.SOCK_DGRAM,
                                       proto=proto, flags=flags)
        if not infos:
            raise OSError('getaddrinfo() returned empty list')
        for fam, _, pro, _, address in infos:
            pair = found.setdefault((fam, pro), [None, None])
            if pair[slot] is None:
                pair[slot] = address
    # Both ends must be of one family: a socket cannot bind one and reach another.
    choices = [(fam, pro, local, remote) for (fam, pro), (local, remote) in found.items()
               if (local is None) == (local_addr is None)
               and (remote is None) == (remote_addr is None)]
    if not choices:
        raise ValueError('can not get address information')
    return choices


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


def check_unix_stream(sock):
    if sock.family != socket.AF_UNIX or sock.type != socket.SOCK_STREAM:
        raise ValueError('A UNIX Domain Stream Socket was expected, got {!r}'.format(sock))


def listen_unix(path, backlog):
    """A socket listening on the AF_UNIX path.  A socket file left there by
    an earlier server that did not clean up is removed first; anything else
    at path is an error, as is a path in the abstract namespace in use."""
    if path[:1] not in ('\0', b'\0'):
        try:
            if stat.S_ISSOCK(os.stat(path).st_mode):
                os.remove(path)
        except FileNotFoundError:
            pass
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.bind(path)
        sock.listen(backlog)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise OSError(errno.EADDRINUSE, 'Address {!r} is already in use'.format(path)) from None
        raise
    return sock


class Server(events.AbstractServer):
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
