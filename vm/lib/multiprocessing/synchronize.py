"""Locks between processes for gilvm, over pipes: a pipe holding n bytes is
a semaphore of value n.  acquire reads one byte, release writes one back;
the kernel gives each byte to one reader, so no two processes take the same
token.  The read end is reopened non-blocking (through /proc/self/fd, a
descriptor of its own), so a timed acquire can wait with select and lose a
race for the byte without blocking past its deadline."""

import os
import time

from multiprocessing import connection, spawn

__all__ = ['PipeSemaphore']


def _nonblocking_reader(fd):
    return os.open('/proc/self/fd/%d' % fd, os.O_RDONLY | os.O_NONBLOCK)


class PipeSemaphore:
    def __init__(self, value=1, _fds=None):
        if _fds is None:
            r, self._w = os.pipe()
            self._r = _nonblocking_reader(r)
            os.close(r)
            if value:
                connection.write_all(self._w, b'.' * value)
        else:
            self._r, self._w = _fds

    def acquire(self, block=True, timeout=None):
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            try:
                if os.read(self._r, 1):
                    return True
            except BlockingIOError:
                pass
            left = None if deadline is None else deadline - time.monotonic()
            if not block or (left is not None and left <= 0):
                return False
            connection.readable(self._r, left)

    def release(self):
        os.write(self._w, b'.')

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def close(self):
        os.close(self._r)
        os.close(self._w)

    def __reduce__(self):
        spawn.pass_fds(self, self._r, self._w)
        return (PipeSemaphore, (0, (self._r, self._w)))
