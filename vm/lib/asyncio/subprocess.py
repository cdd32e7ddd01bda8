"""Child processes as coroutines see them: create_subprocess_exec and
create_subprocess_shell give a Process whose stdin is a StreamWriter and
whose stdout and stderr are StreamReaders (for the streams given as PIPE).

The loop's subprocess transport (unix_events) does the work; the protocol
here feeds the readers and, once the child has ended and its output pipes
are closed, closes the transport."""

import subprocess

from . import events, protocols, streams, tasks

__all__ = ('create_subprocess_exec', 'create_subprocess_shell')

PIPE = subprocess.PIPE
STDOUT = subprocess.STDOUT
DEVNULL = subprocess.DEVNULL


class SubprocessStreamProtocol(streams._FlowControl, protocols.SubprocessProtocol):
    """Puts streams on a child's pipes."""

    def __init__(self, limit, loop):
        super().__init__(loop)
        self._limit = limit
        self.stdin = self.stdout = self.stderr = None
        self._transport = None
        self._exited = False
        self._readers = {}

    def connection_made(self, transport):
        self._transport = transport
        for fd in (1, 2):
            pipe = transport.get_pipe_transport(fd)
            if pipe is not None:
                reader = streams.StreamReader(limit=self._limit, loop=self._loop)
                reader.set_transport(pipe)
                self._readers[fd] = reader
        self.stdout = self._readers.get(1)
        self.stderr = self._readers.get(2)
        stdin = transport.get_pipe_transport(0)
        if stdin is not None:
            self.stdin = streams.StreamWriter(stdin, self, None, self._loop)

    def pipe_data_received(self, fd, data):
        self._readers[fd].feed_data(data)

    def pipe_connection_lost(self, fd, exc):
        if fd == 0:
            self._lose(exc)
        else:
            reader = self._readers.pop(fd)
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        self._maybe_close_transport()

    def process_exited(self):
        self._exited = True
        self._maybe_close_transport()

    def _maybe_close_transport(self):
        if self._exited and not self._readers and self._transport is not None:
            self._transport.close()
            self._transport = None


class Process:
    """A running (or ended) child and the streams on its pipes."""

    def __init__(self, transport, protocol, loop):
        self._transport = transport
        self._protocol = protocol
        self._loop = loop
        self.stdin = protocol.stdin
        self.stdout = protocol.stdout
        self.stderr = protocol.stderr
        self.pid = transport.get_pid()

    def __repr__(self):
        return '<Process {}>'.format(self.pid)

    @property
    def returncode(self):
        """None until the loop has seen the child end."""
        return self._transport.get_returncode()

    async def wait(self):
        """Wait for the child to end; its returncode."""
        return await self._transport._wait()

    def send_signal(self, signal):
        self._transport.send_signal(signal)

    def terminate(self):
        self._transport.terminate()

    def kill(self):
        self._transport.kill()

    async def _feed_stdin(self, input):
        self.stdin.write(input)
        try:
            await self.stdin.drain()
        except (BrokenPipeError, ConnectionResetError):
            pass   # the child stopped reading: what it did not take is dropped
        self.stdin.close()

    async def _read_all(self, stream):
        if stream is None:
            return None
        return await stream.read()

    async def communicate(self, input=None):
        """Send input (then close stdin), read stdout and stderr to their
        end and wait for the child: (stdout_data, stderr_data), None for a
        stream that is not a pipe."""
        feed = self._feed_stdin(input) if input is not None else tasks.sleep(0)
        _, out, err = await tasks.gather(feed, self._read_all(self.stdout),
                                         self._read_all(self.stderr))
        await self.wait()
        return out, err


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None,
                                  limit=streams._DEFAULT_LIMIT, **kwds):
    """Run cmd with the shell; a Process."""
    loop = events.get_running_loop()
    transport, protocol = await loop.subprocess_shell(
        lambda: SubprocessStreamProtocol(limit, loop), cmd,
        stdin=stdin, stdout=stdout, stderr=stderr, **kwds)
    return Process(transport, protocol, loop)


async def create_subprocess_exec(program, *args, stdin=None, stdout=None, stderr=None,
                                 limit=streams._DEFAULT_LIMIT, **kwds):
    """Run program with args; a Process."""
    loop = events.get_running_loop()
    transport, protocol = await loop.subprocess_exec(
        lambda: SubprocessStreamProtocol(limit, loop), program, *args,
        stdin=stdin, stdout=stdout, stderr=stderr, **kwds)
    return Process(transport, protocol, loop)
