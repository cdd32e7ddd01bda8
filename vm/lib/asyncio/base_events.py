"""The event loop: one thread, a deque of ready callbacks, a heap of timers
and a selector for file descriptors.

Each turn of the loop waits in the selector only as long as the nearest
timer allows (not at all when callbacks are ready), turns ready fds and
due timers into ready callbacks, then runs the callbacks that were ready at
the start of the turn; ones they schedule wait for the next turn.  Other
threads reach the loop through call_soon_threadsafe, which writes a byte to
a socketpair the selector watches, so a loop blocked in select wakes."""

import collections
import concurrent.futures
import heapq
import os
import selectors
import signal
import socket
import subprocess
import sys
import threading
import time
import traceback

from . import events, futures, selector_events, tasks, unix_events
from .coroutines import iscoroutine, iscoroutinefunction

__all__ = ('EventLoop', 'SelectorEventLoop')

# Above this many cancelled timers, and half the heap, the heap is rebuilt.
_MIN_CANCELLED_TO_PURGE = 100


def _refuse_tls(ssl):
    """ssl=None (or any false value) is plain TCP, as in python3; gilvm has
    no ssl module, so a TLS context cannot be honoured."""
    if ssl:
        raise NotImplementedError('asyncio: TLS (ssl=) is not supported by gilvm')


class EventLoop(events.AbstractEventLoop):
    """asyncio's event loop over selectors.DefaultSelector."""

    def __init__(self):
        self._ready = collections.deque()
        self._scheduled = []
        self._cancelled_timers = 0
        self._stopping = False
        self._closed = False
        self._thread_id = None
        self._default_executor = None
        self._executor_shut_down = False
        self._exception_handler = None
        self._signal_handlers = {}
        self._selector = selectors.DefaultSelector()
        self._make_self_pipe()

    def __repr__(self):
        return '<{} running={} closed={}>'.format(
            type(self).__name__, self.is_running(), self.is_closed())

    # -- running -------------------------------------------------------

    def run_forever(self):
        """Turn the loop until stop() is called."""
        self._check_closed()
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._thread_id = threading.get_ident()
        events._set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            events._set_running_loop(None)

    def run_until_complete(self, future):
        """Run until future (or a task made of a coroutine) is done; its result."""
        self._check_closed()
        future = tasks.ensure_future(future, loop=self)
        future.add_done_callback(self._stop_when_done)
        try:
            self.run_forever()
        finally:
            future.remove_done_callback(self._stop_when_done)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _stop_when_done(self, future):
        self.stop()

    def stop(self):
        """Stop after the callbacks already ready have run."""
        self._stopping = True

    def is_running(self):
        return self._thread_id is not None

    def is_closed(self):
        return self._closed

    def close(self):
        """Drop pending callbacks, the selector and the default executor."""
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        for sig in list(self._signal_handlers):
            self.remove_signal_handler(sig)
        self._ready.clear()
        self._scheduled.clear()
        self._close_self_pipe()
        self._selector.close()
        executor, self._default_executor = self._default_executor, None
        if executor is not None:
            executor.shutdown(wait=False)

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _run_once(self):
        timeout = None
        if self._ready or self._stopping:
            timeout = 0
        elif self._scheduled:
            timeout = min(max(0, self._scheduled[0]._when - self.time()), 86400)
        for key, mask in self._selector.select(timeout):
            reader, writer = key.data
            if mask & selectors.EVENT_READ and reader is not None:
                self._add_handle(reader)
            if mask & selectors.EVENT_WRITE and writer is not None:
                self._add_handle(writer)
        self._collect_due_timers()
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if not handle._cancelled:
                handle._run()

    def _add_handle(self, handle):
        if not handle._cancelled:
            self._ready.append(handle)

    def _collect_due_timers(self):
        if (self._cancelled_timers > _MIN_CANCELLED_TO_PURGE
                and self._cancelled_timers * 2 > len(self._scheduled)):
            self._scheduled = [h for h in self._scheduled if not h._cancelled]
            heapq.heapify(self._scheduled)
            self._cancelled_timers = 0
        now = self.time()
        while self._scheduled and self._scheduled[0]._when <= now:
            handle = heapq.heappop(self._scheduled)
            handle._in_heap = False
            if handle._cancelled:
                self._cancelled_timers -= 1
            else:
                self._ready.append(handle)

    def _timer_cancelled(self):
        self._cancelled_timers += 1

    # -- scheduling ----------------------------------------------------

    def time(self):
        """The loop's clock: time.monotonic()."""
        return time.monotonic()

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = events.Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()
        handle = events.TimerHandle(when, callback, args, self)
        heapq.heappush(self._scheduled, handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        """call_soon from any thread; wakes the loop if it is waiting."""
        handle = self.call_soon(callback, *args)
        self._write_to_self()
        return handle

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None):
        self._check_closed()
        return tasks.Task(coro, loop=self, name=name)

    # -- threads -------------------------------------------------------

    def run_in_executor(self, executor, func, *args):
        """func(*args) on a thread of executor (the loop's own pool if None)."""
        self._check_closed()
        if executor is None:
            if self._executor_shut_down:
                raise RuntimeError('Executor shutdown has been called')
            if self._default_executor is None:
                self._default_executor = concurrent.futures.ThreadPoolExecutor(
                    thread_name_prefix='asyncio')
            executor = self._default_executor
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        self._default_executor = executor

    async def shutdown_default_executor(self):
        """Join the default executor's threads; the loop keeps running meanwhile."""
        self._executor_shut_down = True
        executor, self._default_executor = self._default_executor, None
        if executor is None:
            return
        joined = self.create_future()

        def join():
            executor.shutdown(wait=True)
            self.call_soon_threadsafe(joined.set_result, None)
        threading.Thread(target=join, name='asyncio-executor-join').start()
        await joined

    def _make_self_pipe(self):
        self._ssock, self._csock = socket.socketpair()
        self._ssock.setblocking(False)
        self._csock.setblocking(False)
        self.add_reader(self._ssock.fileno(), self._read_from_self)

    def _close_self_pipe(self):
        self._selector.unregister(self._ssock.fileno())
        self._ssock.close()
        self._csock.close()

    def _read_from_self(self):
        try:
            while self._ssock.recv(4096):
                pass
        except (BlockingIOError, InterruptedError):
            pass

    def _write_to_self(self):
        # A full pipe already guarantees a wake-up; a closed one means no loop.
        try:
            self._csock.send(b'\0')
        except OSError:
            pass

    # -- file descriptors ----------------------------------------------

    def _watch(self, fd, event, handle):
        """Set (or clear, with None) the reader or writer callback of fd."""
        self._check_closed()
        slot = 0 if event == selectors.EVENT_READ else 1
        try:
            key = self._selector.get_key(fd)
        except KeyError:
            key = None
        pair = [None, None] if key is None else list(key.data)
        old, pair[slot] = pair[slot], handle
        mask = ((pair[0] is not None and selectors.EVENT_READ)
                | (pair[1] is not None and selectors.EVENT_WRITE))
        if key is None:
            if mask:
                self._selector.register(fd, mask, tuple(pair))
        elif mask:
            self._selector.modify(fd, mask, tuple(pair))
        else:
            self._selector.unregister(fd)
        if old is not None:
            old.cancel()
        return old is not None

    def add_reader(self, fd, callback, *args):
        self._watch(fd, selectors.EVENT_READ, events.Handle(callback, args, self))

    def remove_reader(self, fd):
        return False if self._closed else self._watch(fd, selectors.EVENT_READ, None)

    def add_writer(self, fd, callback, *args):
        self._watch(fd, selectors.EVENT_WRITE, events.Handle(callback, args, self))

    def remove_writer(self, fd):
        return False if self._closed else self._watch(fd, selectors.EVENT_WRITE, None)

    # -- signals -------------------------------------------------------

    def add_signal_handler(self, sig, callback, *args):
        """callback(*args) in the loop, soon after signal sig arrives.

        The Python-level signal handler only queues the callback and writes
        to the self-pipe, so a loop waiting in its selector wakes for it."""
        if iscoroutine(callback) or iscoroutinefunction(callback):
            raise TypeError('coroutines cannot be used with add_signal_handler()')
        self._check_signal(sig)
        self._check_closed()
        handle = events.Handle(callback, args, self)
        previous = self._signal_handlers.get(sig)
        self._signal_handlers[sig] = handle
        try:
            signal.signal(sig, self._on_signal)
        except (OSError, ValueError) as exc:
            if previous is None:
                del self._signal_handlers[sig]
            else:
                self._signal_handlers[sig] = previous
            if isinstance(exc, OSError):
                raise RuntimeError('sig {} cannot be caught'.format(sig)) from None
            raise RuntimeError(str(exc)) from None

    def _on_signal(self, signum, frame):
        handle = self._signal_handlers.get(signum)
        if handle is not None and not handle._cancelled:
            self._ready.append(handle)
            self._write_to_self()

    def remove_signal_handler(self, sig):
        """Give sig back its default disposition; False if none was added."""
        self._check_signal(sig)
        handle = self._signal_handlers.pop(sig, None)
        if handle is None:
            return False
        handle.cancel()
        default = signal.default_int_handler if sig == signal.SIGINT else signal.SIG_DFL
        signal.signal(sig, default)
        return True

    def _check_signal(self, sig):
        if not isinstance(sig, int):
            raise TypeError('sig must be an int, not {!r}'.format(sig))
        if sig not in signal.valid_signals():
            raise ValueError('invalid signal number {}'.format(sig))

    # -- sockets -------------------------------------------------------

    def _until_ready(self, sock, event, attempt):
        """A future of attempt()'s value, retried each time sock is ready."""
        fut = self.create_future()
        fd = sock.fileno()
        watch = self.add_reader if event == selectors.EVENT_READ else self.add_writer
        unwatch = self.remove_reader if event == selectors.EVENT_READ else self.remove_writer

        def retry():
            if fut.done():
                unwatch(fd)
                return
            try:
                value = attempt()
            except (BlockingIOError, InterruptedError):
                return
            except BaseException as exc:
                unwatch(fd)
                fut.set_exception(exc)
            else:
                unwatch(fd)
                fut.set_result(value)

        watch(fd, retry)
        fut.add_done_callback(lambda f: unwatch(fd) if not self._closed else None)
        return fut

    async def sock_recv(self, sock, n):
        try:
            return sock.recv(n)
        except (BlockingIOError, InterruptedError):
            pass
        return await self._until_ready(sock, selectors.EVENT_READ, lambda: sock.recv(n))

    async def sock_sendall(self, sock, data):
        view = memoryview(data)
        while view:
            try:
                sent = sock.send(view)
            except (BlockingIOError, InterruptedError):
                sent = await self._until_ready(sock, selectors.EVENT_WRITE,
                                               lambda: sock.send(view))
            view = view[sent:]

    async def sock_accept(self, sock):
        try:
            conn, addr = sock.accept()
        except (BlockingIOError, InterruptedError):
            conn, addr = await self._until_ready(sock, selectors.EVENT_READ, sock.accept)
        conn.setblocking(False)
        return conn, addr

    async def sock_connect(self, sock, address):
        try:
            sock.connect(address)
            return
        except (BlockingIOError, InterruptedError):
            pass
        await self._until_ready(sock, selectors.EVENT_WRITE, lambda: None)
        err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        if err:
            raise OSError(err, 'Connect call failed {}'.format(address))

    # -- TCP with protocols --------------------------------------------

    async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
        """socket.getaddrinfo on the default executor: resolving may block."""
        return await self.run_in_executor(None, socket.getaddrinfo, host, port,
                                          family, type, proto, flags)

    async def create_connection(self, protocol_factory, host=None, port=None, *, sock=None,
                                ssl=None):
        """Connect to host:port (or use the connected sock); (transport, protocol)
        once the protocol's connection_made has run."""
        _refuse_tls(ssl)
        if (sock is None) == (host is None and port is None):
            raise ValueError('host and port was not specified and no sock specified'
                             if sock is None else
                             'host/port and sock can not be specified at the same time')
        if sock is None:
            sock = await selector_events.connect(self, host, port)
        return await self._connected(protocol_factory, sock)

    async def _connected(self, protocol_factory, sock):
        """A transport and protocol on the connected stream socket sock."""
        sock.setblocking(False)
        return await self._transport(
            protocol_factory, lambda p, w: selector_events._SocketTransport(self, sock, p, w))

    async def _transport(self, protocol_factory, make, on_failure='abort'):
        """A new protocol on the transport make(protocol, waiter) builds, once
        its connection_made has run: (transport, protocol).  A failure or a
        cancellation meanwhile ends the transport (its on_failure method)."""
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = make(protocol, waiter)
        try:
            await waiter
        except BaseException:
            getattr(transport, on_failure)()
            raise
        return transport, protocol

    async def create_server(self, protocol_factory, host=None, port=None, *,
                            sock=None, backlog=100, reuse_address=True, start_serving=True,
                            ssl=None):
        """Listen on host:port (every local address if host is None), or on
        the listening sock; a Server."""
        _refuse_tls(ssl)
        if sock is not None and (host is not None or port is not None):
            raise ValueError('host/port and sock can not be specified at the same time')
        sockets = [sock] if sock is not None else selector_events.listen(
            host, port, backlog, reuse_address)
        server = selector_events.Server(self, sockets, protocol_factory)
        if start_serving:
            await server.start_serving()
        return server

    # -- datagrams -----------------------------------------------------

    async def create_datagram_endpoint(self, protocol_factory, local_addr=None,
                                       remote_addr=None, *, family=0, proto=0, flags=0,
                                       reuse_address=None, reuse_port=None,
                                       allow_broadcast=None, sock=None):
        """A datagram socket bound to local_addr and/or connected to
        remote_addr (or the given sock) driving a DatagramProtocol;
        (transport, protocol)."""
        if reuse_address:
            raise ValueError('reuse_address=True is not supported: on a datagram '
                             'socket it lets another process take the port')
        if sock is not None:
            if sock.type != socket.SOCK_DGRAM:
                raise ValueError('A UDP Socket was expected, got {!r}'.format(sock))
            given = {'local_addr': local_addr, 'remote_addr': remote_addr,
                     'family': family, 'proto': proto, 'flags': flags,
                     'reuse_port': reuse_port, 'allow_broadcast': allow_broadcast}
            problems = ', '.join('{}={}'.format(k, v) for k, v in given.items() if v)
            if problems:
                raise ValueError('socket modifier keyword arguments can not be used '
                                 'when sock is specified. ({})'.format(problems))
            sock.setblocking(False)
            address = None
        else:
            sock, address = await selector_events.datagram_socket(
                self, local_addr, remote_addr, family, proto, flags, reuse_port,
                allow_broadcast)
        return await self._transport(
            protocol_factory,
            lambda p, w: selector_events._DatagramTransport(self, sock, p, address, w))

    # -- AF_UNIX streams -----------------------------------------------

    async def create_unix_connection(self, protocol_factory, path=None, *, sock=None):
        """Connect to the AF_UNIX stream socket at path (or use the
        connected sock); (transport, protocol)."""
        if sock is None:
            if path is None:
                raise ValueError('no path and sock were specified')
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            sock.setblocking(False)
            try:
                await self.sock_connect(sock, os.fspath(path))
            except BaseException:
                sock.close()
                raise
        elif path is not None:
            raise ValueError('path and sock can not be specified at the same time')
        else:
            selector_events.check_unix_stream(sock)
        return await self._connected(protocol_factory, sock)

    async def create_unix_server(self, protocol_factory, path=None, *, sock=None,
                                 backlog=100, start_serving=True):
        """Listen on the AF_UNIX path (a stale socket file there is replaced),
        or on the listening sock; a Server."""
        if sock is None:
            if path is None:
                raise ValueError('path was not specified, and no sock specified')
            sock = selector_events.listen_unix(os.fspath(path), backlog)
        elif path is not None:
            raise ValueError('path and sock can not be specified at the same time')
        else:
            selector_events.check_unix_stream(sock)
        server = selector_events.Server(self, [sock], protocol_factory)
        if start_serving:
            await server.start_serving()
        return server

    # -- pipes and child processes -------------------------------------

    async def _connect_pipe(self, kind, protocol_factory, pipe):
        return await self._transport(protocol_factory, lambda p, w: kind(self, pipe, p, w), 'close')

    async def connect_read_pipe(self, protocol_factory, pipe):
        """Read the pipe object pipe with a protocol; (transport, protocol)."""
        return await self._connect_pipe(unix_events.ReadPipeTransport, protocol_factory, pipe)

    async def connect_write_pipe(self, protocol_factory, pipe):
        """Write to the pipe object pipe through a transport; (transport, protocol)."""
        return await self._connect_pipe(unix_events.WritePipeTransport, protocol_factory, pipe)

    async def _subprocess(self, protocol_factory, args, shell, stdin, stdout, stderr, kwargs):
        return await self._transport(
            protocol_factory,
            lambda p, w: unix_events.SubprocessTransport(self, p, args, shell, stdin, stdout,
                                                         stderr, w, **kwargs),
            'close')

    async def subprocess_exec(self, protocol_factory, program, *args, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              universal_newlines=False, shell=False, bufsize=0,
                              encoding=None, errors=None, text=None, **kwargs):
        """Start program with args, its pipes driving a SubprocessProtocol;
        (transport, protocol)."""
        unix_events.check_subprocess_args(shell, False, universal_newlines, bufsize, text,
                                          encoding, errors)
        return await self._subprocess(protocol_factory, (program,) + args, False,
                                      stdin, stdout, stderr, kwargs)

    async def subprocess_shell(self, protocol_factory, cmd, *, stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               universal_newlines=False, shell=True, bufsize=0,
                               encoding=None, errors=None, text=None, **kwargs):
        """Start cmd with the shell, as subprocess_exec does a program."""
        if not isinstance(cmd, (bytes, str)):
            raise ValueError('cmd must be a string')
        unix_events.check_subprocess_args(shell, True, universal_newlines, bufsize, text,
                                          encoding, errors)
        return await self._subprocess(protocol_factory, cmd, True,
                                      stdin, stdout, stderr, kwargs)

    # -- errors --------------------------------------------------------

    def set_exception_handler(self, handler):
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        """Print the context's message and exception to stderr."""
        lines = [context.get('message', 'Unhandled exception in event loop')]
        lines.extend('{}: {!r}'.format(key, value) for key, value in sorted(context.items())
                     if key not in ('message', 'exception'))
        exc = context.get('exception')
        if exc is not None:
            lines.extend(l.rstrip('\n') for l in
                         traceback.format_exception(type(exc), exc, exc.__traceback__))
        print('\n'.join(lines), file=sys.stderr)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)


SelectorEventLoop = EventLoop
