"""Pipes and child processes over the loop's selector.

A pipe transport owns a pipe object (a file with a fileno, closed when the
transport is done) whose descriptor is made non-blocking; the read one
hands each chunk to its protocol as the selector reports it readable, the
write one buffers what the pipe does not take at once, as the socket
transport does.  A write pipe also watches its descriptor for reading:
nothing is ever read there, but once the reading end is gone the kernel
reports the descriptor in error, which the selector turns into readiness,
so the transport learns the reader left without having to write.

A child process is started with subprocess.Popen and its pipes get pipe
transports.  Learning that the child ended is the delicate part: a thread
blocked in waitpid per child costs a thread each, and SIGCHLD handlers work
in the main thread only and fight the program's own.  So the transport asks
for a pidfd (os.pidfd_open, Linux 5.3 on): a descriptor the kernel makes
readable when the child ends, watched by the selector like any other, so
the exit is seen at once and waiting costs nothing.  Where there is no
pidfd it polls os.waitpid(pid, WNOHANG) on a timer whose interval doubles
from 1 ms, up to _EAGER_MAX (5 ms) while the exit is awaited -- someone is
in wait(), or the child's stdout and stderr have both reached end of file,
as they do when it ends -- and up to _IDLE_MAX (250 ms) otherwise; either
event restarts the polling at once.  Both ways wait() returns within ms of
the exit, also for a child that closed its stdout early or left a
grandchild holding it, and the loop sleeps meanwhile.  Only this transport
reaps the child, so a signal sent before the reap can never reach a recycled pid."""

import os
import signal
import stat
import subprocess

from . import protocols, selector_events, transports

__all__ = ()

_READ_SIZE = 2 ** 16
_FIRST_POLL = 0.001
_EAGER_MAX = 0.005
_IDLE_MAX = 0.25


def _check_pipe(pipe, complaint):
    """pipe's descriptor, if the selector can watch it (a regular file is
    always "ready" and epoll refuses it)."""
    fd = pipe.fileno()
    mode = os.fstat(fd).st_mode
    if not (stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode) or stat.S_ISCHR(mode)):
        raise ValueError(complaint)
    return fd


class _PipeTransport(selector_events._TransportBase):
    """What both pipe transports share: the pipe, made non-blocking, and
    closing it after connection_lost."""

    _FATAL = 'Fatal error on pipe transport'

    def _init_pipe(self, loop, pipe, protocol):
        self._loop = loop
        self._pipe = pipe
        self._fd = _check_pipe(pipe, self._NOT_A_PIPE)
        os.set_blocking(self._fd, False)
        self._protocol = protocol
        self._closing = False
        self._conn_lost = False

    def __repr__(self):
        return '<{} fd={}>'.format(type(self).__name__, self._fd)

    def is_closing(self):
        return self._closing

    def _losing(self):
        self._closing = True
        self._stop_watching()

    def _release(self):
        self._pipe.close()


class ReadPipeTransport(_PipeTransport, selector_events._Reader, transports.ReadTransport):
    """The reading end of a pipe driving a Protocol."""

    _NOT_A_PIPE = 'Pipe transport is for pipes/sockets only.'

    def __init__(self, loop, pipe, protocol, waiter=None):
        super().__init__({'pipe': pipe})
        self._init_pipe(loop, pipe, protocol)
        self._read_paused = False
        self._watching = False
        loop.call_soon(self._connect, waiter)

    def _stop_watching(self):
        self._watch(False)

    def _read_ready(self):
        try:
            data = os.read(self._fd, _READ_SIZE)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._fatal_error(exc)
            return
        if data:
            self._call_protocol('data_received', data)
            return
        self._closing = True
        self._watch(False)
        self._call_protocol('eof_received')
        self._lose_connection(None)

    def close(self):
        self._lose_connection(None)

    def _force_close(self, exc):
        self._lose_connection(exc)


class WritePipeTransport(_PipeTransport, selector_events._Writer, selector_events._WaterMarks,
                         transports.WriteTransport):
    """The writing end of a pipe driving a Protocol; closing it (or
    write_eof) sends the buffered bytes first."""

    _NOT_A_PIPE = 'Pipe transport is only for pipes, sockets and character devices'

    def __init__(self, loop, pipe, protocol, waiter=None):
        super().__init__({'pipe': pipe})
        self._init_pipe(loop, pipe, protocol)
        self._buffer = bytearray()
        self._writing_paused = False
        self.set_write_buffer_limits()
        loop.add_reader(self._fd, self._reader_gone)
        loop.call_soon(self._connect, waiter)

    def _connect(self, waiter):
        self._call_protocol('connection_made', self)
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def _stop_watching(self):
        self._loop.remove_reader(self._fd)

    def _reader_gone(self):
        self._force_close(BrokenPipeError() if self._buffer else None)

    def _check_writable(self):
        if self._closing and not self._conn_lost:
            raise RuntimeError('Cannot call write() after write_eof()')

    def _send(self, data):
        return os.write(self._fd, data)

    def can_write_eof(self):
        return True

    def write_eof(self):
        """Close the pipe once the buffer is written."""
        if self._closing:
            return
        self._closing = True
        if not self._buffer:
            self._lose_connection(None)

    close = write_eof

    def abort(self):
        self._force_close(None)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if self._buffer:
            self._buffer.clear()
            self._loop.remove_writer(self._fd)
        self._lose_connection(exc)

    def get_write_buffer_size(self):
        return len(self._buffer)


class _PipeProtocol(protocols.Protocol):
    """Passes one pipe's events to the subprocess protocol, naming the fd."""

    def __init__(self, owner, fd):
        self._owner = owner
        self._fd = fd

    def data_received(self, data):
        self._owner._protocol.pipe_data_received(self._fd, data)

    def connection_lost(self, exc):
        self._owner._pipe_lost(self._fd, exc)

    def pause_writing(self):
        self._owner._protocol.pause_writing()

    def resume_writing(self):
        self._owner._protocol.resume_writing()


class SubprocessTransport(transports.SubprocessTransport):
    """A child started with subprocess.Popen (see the module's docstring)."""

    def __init__(self, loop, protocol, args, shell, stdin, stdout, stderr, waiter,
                 **kwargs):
        super().__init__()
        self._loop = loop
        self._protocol = protocol
        self._popen = subprocess.Popen(args, shell=shell, stdin=stdin, stdout=stdout,
                                       stderr=stderr, bufsize=0, **kwargs)
        self._extra['subprocess'] = self._popen
        self._pid = self._popen.pid
        self._returncode = None
        self._closed = False
        self._exit_waiters = []
        self._pidfd = None
        self._poll_timer = None
        self._poll_delay = _FIRST_POLL / 2
        self._pipes = {}
        for fd, pipe, kind in ((0, self._popen.stdin, WritePipeTransport),
                               (1, self._popen.stdout, ReadPipeTransport),
                               (2, self._popen.stderr, ReadPipeTransport)):
            if pipe is not None:
                self._pipes[fd] = kind(loop, pipe, _PipeProtocol(self, fd))
        self._open_pipes = set(self._pipes)
        loop.call_soon(self._connect, waiter)

    def __repr__(self):
        state = 'running' if self._returncode is None else \
            'returncode={}'.format(self._returncode)
        return '<{} pid={} {}>'.format(type(self).__name__, self._pid, state)

    def _connect(self, waiter):
        try:
            self._protocol.connection_made(self)
        except BaseException as exc:
            if waiter is not None and not waiter.done():
                waiter.set_exception(exc)
            return
        self._watch_exit()
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def get_pid(self):
        return self._pid

    def get_returncode(self):
        return self._returncode

    def get_pipe_transport(self, fd):
        return self._pipes.get(fd)

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def is_closing(self):
        return self._closed

    def send_signal(self, sig):
        if self._closed:
            raise ProcessLookupError()
        # Until this transport reaps the child its pid cannot be reused.
        if self._returncode is None:
            os.kill(self._pid, sig)

    def terminate(self):
        self.send_signal(signal.SIGTERM)

    def kill(self):
        self.send_signal(signal.SIGKILL)

    def close(self):
        """Close the pipes and kill the child if it still runs."""
        if self._closed:
            return
        self._closed = True
        for pipe in self._pipes.values():
            pipe.close()
        if self._returncode is None:
            try:
                os.kill(self._pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    # -- the child's end -----------------------------------------------

    def _awaited(self):
        return bool(self._exit_waiters) or not (self._open_pipes - {0})

    def _hurry(self):
        """Someone wants the exit now: when polling, check at once, then
        every few ms."""
        if self._poll_timer is not None:
            self._poll_timer.cancel()
            self._poll_delay = _FIRST_POLL / 2
            self._poll_timer = self._loop.call_soon(self._check_exit)

    def _watch_exit(self):
        pidfd_open = getattr(os, 'pidfd_open', None)
        try:
            self._pidfd = None if pidfd_open is None else pidfd_open(self._pid)
        except OSError:     # ENOSYS before Linux 5.3, EPERM under some sandboxes
            self._pidfd = None
        if self._pidfd is None:
            self._poll_timer = self._loop.call_later(_FIRST_POLL, self._check_exit)
        else:
            self._loop.add_reader(self._pidfd, self._check_exit)

    def _check_exit(self):
        self._poll_timer = None
        try:
            pid, status = os.waitpid(self._pid, os.WNOHANG)
        except ChildProcessError:
            # Reaped behind our back (os.wait in the program): the status is lost.
            pid, status = self._pid, 255 << 8
        if pid == 0:
            if self._pidfd is None:
                limit = _EAGER_MAX if self._awaited() else _IDLE_MAX
                self._poll_delay = min(self._poll_delay * 2, limit)
                self._poll_timer = self._loop.call_later(self._poll_delay, self._check_exit)
            return
        if self._pidfd is not None:
            self._loop.remove_reader(self._pidfd)
            os.close(self._pidfd)
            self._pidfd = None
        self._returncode = self._popen.returncode = os.waitstatus_to_exitcode(status)
        self._loop.call_soon(self._protocol.process_exited)
        self._try_finish()
        waiters, self._exit_waiters = self._exit_waiters, []
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(self._returncode)

    def _pipe_lost(self, fd, exc):
        self._open_pipes.discard(fd)
        self._protocol.pipe_connection_lost(fd, exc)
        if self._awaited():
            self._hurry()
        self._try_finish()

    def _try_finish(self):
        if self._returncode is not None and not self._open_pipes:
            self._loop.call_soon(self._protocol.connection_lost, None)

    async def _wait(self):
        if self._returncode is not None:
            return self._returncode
        waiter = self._loop.create_future()
        self._exit_waiters.append(waiter)
        self._hurry()
        return await waiter


def check_subprocess_args(shell, want_shell, universal_newlines, bufsize, text,
                          encoding, errors):
    """The text-mode and buffering options asyncio cannot honour: it hands
    over bytes as they arrive."""
    if shell != want_shell:
        raise ValueError('shell must be {}'.format(want_shell))
    if universal_newlines:
        raise ValueError('universal_newlines must be False')
    if bufsize != 0:
        raise ValueError('bufsize must be 0')
    if text:
        raise ValueError('text must be False')
    if encoding is not None:
        raise ValueError('encoding must be None')
    if errors is not None:
        raise ValueError('errors must be None')
