"""multiprocessing.connection for gilvm: Connection and Pipe over os.pipe.

A message is a 4-byte big-endian length and that many bytes (send() sends a
pickle).  A duplex Pipe is two pipes, one each way.  Connections reach a
child only as a Process's arguments: pickling one names its descriptors,
which the spawn passes to the child (pass_fds), where they keep their numbers.
Every wait is os.read or select, so it releases the GIL.
"""

import os
import pickle
import select
from struct import pack, unpack

from multiprocessing import spawn

__all__ = ['Connection', 'Pipe']


def write_all(fd, data):
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def read_exact(fd, n):
    """n bytes, or b'' if the writer closed before the first byte."""
    parts = []
    while n:
        chunk = os.read(fd, n)
        if not chunk:
            if parts:
                raise EOFError("connection closed in the middle of a message")
            return b''
        parts.append(chunk)
        n -= len(chunk)
    return b''.join(parts)


def send_message(fd, data):
    write_all(fd, pack('!i', len(data)) + bytes(data))


def recv_message(fd):
    header = read_exact(fd, 4)
    if not header:
        raise EOFError
    n = unpack('!i', header)[0]
    return read_exact(fd, n) if n else b''


def readable(fd, timeout):
    """Whether fd has data (or EOF) within timeout seconds (None: wait)."""
    return bool(select.select([fd], [], [], timeout)[0])


class Connection:
    """One end of a Pipe: reads from rfd, writes to wfd (either may be None)."""

    def __init__(self, rfd, wfd):
        self._rfd = rfd
        self._wfd = wfd
        self.readable = rfd is not None
        self.writable = wfd is not None

    @property
    def closed(self):
        return self._rfd is None and self._wfd is None

    def _check(self, want_read):
        if self.closed:
            raise OSError("handle is closed")
        if want_read and not self.readable:
            raise OSError("connection is write-only")
        if not want_read and not self.writable:
            raise OSError("connection is read-only")

    def fileno(self):
        self._check(True)
        return self._rfd

    def send_bytes(self, buf, offset=0, size=None):
        self._check(False)
        data = memoryview(buf)[offset:None if size is None else offset + size]
        send_message(self._wfd, data)

    def send(self, obj):
        self._check(False)
        send_message(self._wfd, pickle.dumps(obj))

    def recv_bytes(self, maxlength=None):
        self._check(True)
        data = recv_message(self._rfd)
        if maxlength is not None and len(data) > maxlength:
            raise OSError("bad message length")
        return data

    def recv(self):
        self._check(True)
        return pickle.loads(recv_message(self._rfd))

    def poll(self, timeout=0.0):
        self._check(True)
        return readable(self._rfd, timeout)

    def close(self):
        for fd in {self._rfd, self._wfd} - {None}:
            os.close(fd)
        self._rfd = self._wfd = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __reduce__(self):
        spawn.pass_fds(self, self._rfd, self._wfd)
        return (Connection, (self._rfd, self._wfd))


def Pipe(duplex=True):
    """(conn1, conn2): conn2 sends to conn1, and conn1 to conn2 if duplex."""
    r1, w1 = os.pipe()
    if not duplex:
        return Connection(r1, None), Connection(None, w1)
    r2, w2 = os.pipe()
    return Connection(r1, w2), Connection(r2, w1)
